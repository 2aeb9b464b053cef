using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Metrics;

/// <summary>
/// The realised requester draws of a run (requesters.csv): each requester's drawn pay and volume
/// share, drawn again from the scenario exactly as the labs drew them, beside the counts of its
/// own queue over the whole run (every requester has a queue of its own).
/// </summary>
public static class RequesterOutcomes
{
    /// <summary>One outcome per requester, lab by lab, line by line, requester by requester; <paramref name="totals"/> over the whole run.</summary>
    public static IReadOnlyList<RequesterOutcome> Of(ScenarioSpec spec, RunTotals totals)
    {
        var queues = QueueIndex(spec);
        var outcomes = new List<RequesterOutcome>();
        for (var l = 0; l < spec.Labs.Count; l++)
        {
            var demand = spec.Labs[l].Demand;
            for (var line = 0; line < demand.Count; line++)
            {
                if (demand[line].Requesters is not { } requesters || demand[line].Platform is not { } platformId)
                    continue;
                var platform = spec.PlatformIndex(platformId);
                var taskType = spec.TaskTypeIndex(demand[line].TaskType);
                var profiles = RequesterDraw.For(spec.Seed, l, line, demand[line], requesters, spec.TaskTypes[taskType].MeanMinutes, spec.Platforms[platform].FeeShare);
                for (var r = 0; r < profiles.Length; r++)
                {
                    var p = profiles[r];
                    var q = totals.Queues[platform][queues[(platform, new QueueKey(l, -1, taskType, p.Key))]];
                    outcomes.Add(new RequesterOutcome(
                        l, line, r, platform, taskType, p.HourlyPayUsd, p.RewardMicros, p.Weight, p.TasksPerDay,
                        q.Arrivals, q.Submitted, q.Approved, q.Expired, q.BacklogEnd + q.InServiceEnd));
                }
            }
        }
        return outcomes;
    }

    private static Dictionary<(int Platform, QueueKey Key), int> QueueIndex(ScenarioSpec spec)
    {
        var index = new Dictionary<(int, QueueKey), int>();
        for (var p = 0; p < spec.Platforms.Count; p++)
        {
            var keys = QueueLayout.For(spec, p);
            for (var q = 0; q < keys.Count; q++)
                index[(p, keys[q])] = q;
        }
        return index;
    }
}
