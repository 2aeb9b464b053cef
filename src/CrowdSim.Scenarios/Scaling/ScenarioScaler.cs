using CrowdSim.Model.Scenario;

namespace CrowdSim.Scenarios.Scaling;

/// <summary>
/// Resizes a scenario's market to a given number of workers, keeping its shape: every pool's
/// count and every demand line's volume (steady tasks and project launch sizes) scale by the same
/// factor, so work per worker, and so the market's behaviour, stays as in the file. The benchmark
/// (<c>crowdsim bench --workers N</c>) runs the baseline this way at 10^4 to 10^6 workers.
/// </summary>
public static class ScenarioScaler
{
    /// <summary>The scenario with exactly <paramref name="workers"/> workers (at least 1), shared among its pools in proportion to their counts.</summary>
    public static ScenarioSpec ToWorkers(ScenarioSpec spec, int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        var total = spec.WorkerPools.Sum(p => p.Count);
        if (total == 0)
            throw new ArgumentException($"scenario {spec.Name} has no workers to scale", nameof(spec));
        var factor = workers / (double)total;
        var counts = PoolCounts(spec.WorkerPools, workers, factor);
        return spec with
        {
            WorkerPools = spec.WorkerPools.Select((p, i) => p with
            {
                Count = counts[i],
                Recruitment = p.Recruitment is { } r ? r with { Recruits = Math.Max(1, (int)Math.Round(r.Recruits * factor)) } : null,
            }).ToArray(),
            Labs = spec.Labs.Select(l => l with
            {
                Demand = l.Demand.Select(line => line with
                {
                    TasksPerDay = line.TasksPerDay * factor,
                    BurstMinTasks = line.BurstMinTasks * factor,
                }).ToArray(),
            }).ToArray(),
        };
    }

    // Largest remainder, so that the counts add up to exactly the requested number; ties go to the earlier pool.
    private static int[] PoolCounts(IReadOnlyList<WorkerPoolSpec> pools, int workers, double factor)
    {
        var exact = pools.Select(p => p.Count * factor).ToArray();
        var counts = exact.Select(x => (int)Math.Floor(x)).ToArray();
        var shortfall = workers - counts.Sum();
        foreach (var i in Enumerable.Range(0, counts.Length).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(shortfall))
            counts[i]++;
        return counts;
    }
}
