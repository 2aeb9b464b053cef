using CrowdSim.Experiments.Statistics;

using CrowdSim.Results.Experiment;

namespace CrowdSim.Experiments.Output;

/// <summary>Turns an experiment's runs into tables: each cell's outcomes over replications, and each variant against the baseline.</summary>
public static class ExperimentTables
{
    /// <summary>Mean, standard deviation and 95% interval (within the outcome's range) of every outcome of every cell, over its finished replications.</summary>
    public static IReadOnlyList<AggregateRow> Aggregate(ExperimentResult result)
    {
        var rows = new List<AggregateRow>();
        foreach (var cell in result.Cells)
        {
            var metrics = cell.Finished.Select(r => OutcomeMetrics.Of(r.Summary)).ToArray();
            if (metrics.Length == 0)
                continue;
            foreach (var name in metrics[0].Keys)
            {
                var values = metrics.Where(m => m.ContainsKey(name)).Select(m => m[name]).ToArray();
                var s = SampleSummary.Of(values, OutcomeRanges.Of(name));
                rows.Add(new AggregateRow(cell.Cell.Label, name, s.Count, s.Mean, s.StandardDeviation, s.CiLower, s.CiUpper));
            }
        }
        return rows;
    }

    /// <summary>
    /// Every outcome of every variant (cells after the first) against the baseline (the first
    /// cell), over the replications both finished, paired by replication (same seed).
    /// </summary>
    public static IReadOnlyList<ComparisonRow> Compare(ExperimentResult result)
    {
        var rows = new List<ComparisonRow>();
        var baseline = result.Cells[0];
        foreach (var variant in result.Cells.Skip(1))
        {
            var pairs = Enumerable.Range(0, baseline.Replications.Count)
                .Where(k => baseline.Replications[k] is not null && variant.Replications[k] is not null)
                .Select(k => (Base: OutcomeMetrics.Of(baseline.Replications[k]!.Summary), Variant: OutcomeMetrics.Of(variant.Replications[k]!.Summary)))
                .ToArray();
            if (pairs.Length == 0)
                continue;
            foreach (var name in pairs[0].Base.Keys.Where(pairs[0].Variant.ContainsKey))
            {
                if (!pairs.All(p => p.Base.ContainsKey(name) && p.Variant.ContainsKey(name)))
                    continue;
                var d = PairedDifference.Of(pairs.Select(p => p.Base[name]).ToArray(), pairs.Select(p => p.Variant[name]).ToArray(), OutcomeRanges.Of(name));
                rows.Add(new ComparisonRow(
                    name, variant.Cell.Label, d.Baseline, d.Variant, d.Difference, d.CiLower, d.CiUpper, d.Significant, pairs.Length,
                    d.Relative.Estimate, d.Relative.CiLower, d.Relative.CiUpper));
            }
        }
        return rows;
    }
}
