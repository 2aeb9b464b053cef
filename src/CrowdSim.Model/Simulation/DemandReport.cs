using CrowdSim.Model.Labs;

namespace CrowdSim.Model.Simulation;

/// <summary>What one lab reports from a tick's Demand phase.</summary>
/// <param name="Counters">The lab's counts and spend for the tick.</param>
/// <param name="Projects">Projects launched in the tick (bursts and batches).</param>
/// <param name="FirstPostedMs">When new work was first posted, by platform × region, on platforms that push alerts (see <see cref="LabTickOutput.FirstPostedMs"/>); null when none does.</param>
public sealed record DemandReport(LabCounters Counters, IReadOnlyList<ProjectLaunch> Projects, long[]? FirstPostedMs = null)
{
    /// <summary>The report of a lab's output (its tasks travel separately, to the platforms).</summary>
    public static DemandReport Of(LabTickOutput output) => new(output.Counters, [.. output.Projects], output.FirstPostedMs);
}
