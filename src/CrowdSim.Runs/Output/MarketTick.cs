using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;

namespace CrowdSim.Runs.Output;

/// <summary>The market-wide view of one tick.</summary>
public sealed record MarketTick(IReadOnlyList<Model.Labs.LabCounters> Labs, IReadOnlyList<PlatformMoney> Money, long WorkersInSession)
{
    public static MarketTick Of(TickReport report) => new(report.Labs, report.Platforms, report.WorkersInSession);
}
