using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Metrics;

/// <summary>Sums per-region counters from many cohorts. Integer sums, so the result does not depend on how workers are grouped.</summary>
public static class RegionCountersSum
{
    /// <summary>Adds each cohort's counters into one set per region.</summary>
    public static RegionCounters[] Of(int regions, IEnumerable<IReadOnlyList<RegionCounters>> cohorts)
    {
        var sum = Enumerable.Range(0, regions).Select(_ => new RegionCounters()).ToArray();
        foreach (var cohort in cohorts)
        {
            for (var r = 0; r < regions; r++)
                sum[r].Add(cohort[r]);
        }
        return sum;
    }
}
