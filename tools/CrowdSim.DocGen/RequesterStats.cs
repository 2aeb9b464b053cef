using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;

namespace CrowdSim.DocGen;

/// <summary>One requester of a direct posting over a run: what it offered and how much of its work was done.</summary>
internal sealed record RequesterStats(string TaskType, double HourlyPayUsd, double RewardUsd, long Arrivals, long Approved)
{
    /// <summary>Rewards of the requester's approved tasks, USD.</summary>
    public double PaidUsd => Approved * RewardUsd;

    /// <summary>Every requester of every direct posting of the run, lab by lab and line by line.</summary>
    public static IReadOnlyList<RequesterStats> Of(ScenarioRun run)
    {
        var spec = run.Spec;
        var list = new List<RequesterStats>();
        for (var l = 0; l < spec.Labs.Count; l++)
        {
            var lab = new LabDemand(spec, l);
            var demand = spec.Labs[l].Demand;
            for (var line = 0; line < demand.Count; line++)
            {
                if (demand[line].Platform is not { } platformId || demand[line].Requesters is null)
                    continue;
                var platform = spec.PlatformIndex(platformId);
                var keys = QueueLayout.For(spec, platform);
                var taskType = spec.TaskTypeIndex(demand[line].TaskType);
                var profiles = lab.Requesters(line);
                for (var r = 0; r < profiles.Count; r++)
                {
                    var queue = IndexOf(keys, new QueueKey(l, -1, taskType, QueueKey.RequesterKey(line, r)));
                    var counters = run.Totals.Queues[platform][queue];
                    list.Add(new RequesterStats(demand[line].TaskType, profiles[r].HourlyPayUsd, Money.ToUsd(profiles[r].RewardMicros), counters.Arrivals, counters.Approved));
                }
            }
        }
        return list;
    }

    /// <summary>Share of all requesters' paid rewards that the best-paying <paramref name="topShare"/> of requesters (rounded up) account for.</summary>
    public static double TopDollarShare(IReadOnlyList<RequesterStats> requesters, double topShare)
    {
        var dollars = requesters.Select(r => r.PaidUsd).OrderDescending().ToArray();
        var top = (int)Math.Ceiling(topShare * dollars.Length);
        var total = dollars.Sum();
        return total == 0 ? 0 : dollars.Take(top).Sum() / total;
    }

    private static int IndexOf(IReadOnlyList<QueueKey> keys, QueueKey key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key)
                return i;
        }
        throw new KeyNotFoundException($"no queue {key}");
    }
}
