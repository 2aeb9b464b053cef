using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Workers;

namespace CrowdSim.DocGen;

/// <summary>
/// One scenario run to its horizon: the summary (summary.json), every worker's record, the run's
/// totals, and what the literature comparison needs from the ticks (see <see cref="TickDigest"/>).
/// </summary>
internal sealed record ScenarioRun(ScenarioSpec Spec, RunSummary Summary, RunTotals Totals, WorkerRecord[] Workers, TickDigest Ticks)
{
    /// <summary>The summary of one region, by id.</summary>
    public WorkerOutcomes Region(string id) => Summary.ByRegion[id];

    /// <summary>Index of a worker pool, by id.</summary>
    public int Pool(string id)
    {
        for (var p = 0; p < Spec.WorkerPools.Count; p++)
        {
            if (Spec.WorkerPools[p].Id == id)
                return p;
        }
        throw new KeyNotFoundException($"{Spec.Name} has no worker pool '{id}'");
    }
}
