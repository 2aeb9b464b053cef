using CrowdSim.Model.Labs;

namespace CrowdSim.Model.Simulation;

/// <summary>What one lab reports from a tick's Demand phase.</summary>
/// <param name="Counters">The lab's counts and spend for the tick.</param>
/// <param name="Projects">Projects launched in the tick (bursts and batches).</param>
public sealed record DemandReport(LabCounters Counters, IReadOnlyList<ProjectLaunch> Projects)
{
    /// <summary>The report of a lab's output (its tasks travel separately, to the platforms).</summary>
    public static DemandReport Of(LabTickOutput output) => new(output.Counters, [.. output.Projects]);
}
