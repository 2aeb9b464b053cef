using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Simulation;

/// <summary>
/// A tick's push alerts (docs/MODEL.md, "Notifications"): for each platform that pushes and each
/// region, the moment new work offered to that region was first posted in the tick
/// (<see cref="long.MaxValue"/> for none). The labs report their own first postings; the plan
/// merges them and hands the result to the cohorts at check-in.
/// </summary>
/// <param name="FirstPostedMs">Index platform × regions + region.</param>
/// <param name="Regions">Regions of the scenario.</param>
public sealed record PushAlerts(long[] FirstPostedMs, int Regions)
{
    /// <summary>When new work for <paramref name="region"/> was first posted on <paramref name="platform"/> in the tick.</summary>
    public long At(int platform, int region) => FirstPostedMs[(platform * Regions) + region];

    /// <summary>The merged alerts of <paramref name="labs"/>, or null when no lab posted on a pushing platform in the tick.</summary>
    public static PushAlerts? Merge(ScenarioSpec spec, IReadOnlyList<DemandReport> labs)
    {
        long[]? merged = null;
        foreach (var lab in labs)
        {
            if (lab.FirstPostedMs is not { } first)
                continue;
            if (merged is null)
            {
                merged = (long[])first.Clone();
                continue;
            }
            for (var k = 0; k < merged.Length; k++)
                merged[k] = Math.Min(merged[k], first[k]);
        }
        return merged is null || Array.TrueForAll(merged, ms => ms == long.MaxValue) ? null : new PushAlerts(merged, spec.Regions.Count);
    }
}
