using CrowdSim.Model.Market;

namespace CrowdSim.Model.Labs;

/// <summary>What a lab produced in one tick.</summary>
/// <param name="ByVendor">Tasks sent to each vendor (index = vendor), in creation order.</param>
/// <param name="ByPlatform">Tasks posted directly on each platform (index = platform), in creation order.</param>
/// <param name="Counters">Counts and spend for the tick.</param>
/// <param name="Projects">Project launches and surge batches started in the tick, each with its code name.</param>
public sealed record LabTickOutput(
    IReadOnlyList<List<PostedTask>> ByVendor,
    IReadOnlyList<List<PostedTask>> ByPlatform,
    LabCounters Counters,
    IReadOnlyList<ProjectLaunch> Projects)
{
    /// <summary>
    /// When new work was first posted in the tick, by platform × region (index platform × regions + region;
    /// <see cref="long.MaxValue"/> for none), on platforms that push alerts; null when none does.
    /// </summary>
    public long[]? FirstPostedMs { get; init; }
}
