namespace CrowdSim.Model.Scenario;

/// <summary>How a vendor sets pay.</summary>
public enum WagePolicyKind
{
    /// <summary>Fixed piece rates per task type and region.</summary>
    Fixed,

    /// <summary>Work is offered first to the cheapest region; dearer regions see it only after it has waited.</summary>
    CheapestFirst,

    /// <summary>Pay rises with a task's age towards its deadline and with the backlog.</summary>
    Surge,
}
