namespace CrowdSim.Model.Scenario;

/// <summary>How a platform brings work to workers.</summary>
public enum PlatformKind
{
    /// <summary>An open marketplace (Mechanical Turk-like): requesters post their own pay.</summary>
    OpenMarketplace,

    /// <summary>A managed crowd (Remotasks-like): a vendor sets piece rates per region.</summary>
    ManagedCrowd,
}
