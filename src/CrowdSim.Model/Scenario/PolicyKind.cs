namespace CrowdSim.Model.Scenario;

/// <summary>The interventions an analyst can switch on (or off) during a run.</summary>
public enum PolicyKind
{
    /// <summary>Minimum effective hourly pay: tasks are repriced so that pay ÷ expected handling time is at least the floor.</summary>
    PayFloor,

    /// <summary>Training courses are paid at the given hourly rate.</summary>
    PaidTraining,

    /// <summary>The platform notifies members when work arrives; they stop polling (and waking at night) to look for it.</summary>
    Notifications,

    /// <summary>Rejected work is paid.</summary>
    PayRejected,

    /// <summary>Workers see the true expected duration (and the buyer) before accepting.</summary>
    Transparency,

    /// <summary>No session may run longer than the given hours.</summary>
    MaxContinuousHours,

    /// <summary>Platform fees may not exceed the given share of pay.</summary>
    FeeCap,
}
