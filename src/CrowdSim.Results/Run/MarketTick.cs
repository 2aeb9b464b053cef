using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Workers;

namespace CrowdSim.Results.Run;

/// <summary>The market-wide view of one tick.</summary>
public sealed record MarketTick(
    IReadOnlyList<LabCounters> Labs,
    IReadOnlyList<PlatformMoney> Money,
    IReadOnlyList<RegionCounters> Regions,
    long WorkersInSession)
{
    public static MarketTick Of(TickReport report) => new(report.Labs, report.Platforms, report.Regions, report.WorkersInSession);
}
