using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Simulation;

/// <summary>Which participant an event is delivered to.</summary>
public enum EventTargetKind
{
    Lab,
    Vendor,
    Platform,

    /// <summary>Every worker cohort (for policies workers act on: notifications).</summary>
    Cohorts,
}

/// <summary>One delivery of an event: the kind of participant and its index (-1 for all cohorts).</summary>
public readonly record struct EventTarget(EventTargetKind Kind, int Index)
{
    /// <summary>Where an event goes. Recruitment drives go nowhere: cohorts read them from the scenario's intake schedule.</summary>
    public static IReadOnlyList<EventTarget> Of(ScenarioSpec spec, ScenarioEvent e) => e switch
    {
        WageChange { Vendor: { } vendor } => [new(EventTargetKind.Vendor, spec.VendorIndex(vendor))],
        WageChange change => [new(EventTargetKind.Platform, spec.PlatformIndex(change.Platform!))],
        TaskSurge surge => [new(EventTargetKind.Lab, spec.LabIndex(surge.Lab))],
        AutomationShock shock => [new(EventTargetKind.Lab, spec.LabIndex(shock.Lab))],
        MarketExit exit => [new(EventTargetKind.Vendor, spec.VendorIndex(exit.Vendor))],
        PolicyChange policy => PolicyTargets(spec, policy),
        RecruitmentDrive => [],
        _ => throw new NotSupportedException($"event type {e.TypeName} has no handler"),
    };

    private static EventTarget[] PolicyTargets(ScenarioSpec spec, PolicyChange policy)
    {
        var platforms = policy.Platform is { } id
            ? [new EventTarget(EventTargetKind.Platform, spec.PlatformIndex(id))]
            : Enumerable.Range(0, spec.Platforms.Count).Select(p => new EventTarget(EventTargetKind.Platform, p));
        var cohorts = policy.Policy == PolicyKind.Notifications ? [new EventTarget(EventTargetKind.Cohorts, -1)] : Array.Empty<EventTarget>();
        return [.. platforms, .. cohorts];
    }
}
