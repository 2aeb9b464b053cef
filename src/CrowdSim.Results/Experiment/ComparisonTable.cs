using CrowdSim.Results.Tables;

namespace CrowdSim.Results.Experiment;

/// <summary>comparison.csv (and comparison.json): per outcome and variant, the paired difference from the baseline with its 95% interval.</summary>
public static class ComparisonTable
{
    private static readonly Columns<ComparisonRow> C = new();

    public static readonly Column<ComparisonRow, string> Metric = C.Text("metric", "a summary.json path", r => r.Metric);
    public static readonly Column<ComparisonRow, string> Scenario = C.Text("scenario", "the variant (a cell after the first)", r => r.Scenario);
    public static readonly Column<ComparisonRow, double> Baseline = C.Double("baseline", "the baseline's mean over the paired replications", r => r.Baseline);
    public static readonly Column<ComparisonRow, double> Variant = C.Double("variant", "the variant's mean over the same replications", r => r.Variant);
    public static readonly Column<ComparisonRow, double> Difference = C.Double("difference", "mean of variant − baseline over the pairs", r => r.Difference);
    public static readonly Column<ComparisonRow, double?> CiLower = C.NullableDouble("ciLower", "lower end of the 95% paired t interval; empty with one pair", r => r.CiLower);
    public static readonly Column<ComparisonRow, double?> CiUpper = C.NullableDouble("ciUpper", "upper end of the same interval", r => r.CiUpper);
    public static readonly Column<ComparisonRow, bool> Significant = C.Boolean("significant", "whether the interval excludes 0", r => r.Significant);
    public static readonly Column<ComparisonRow, int> Pairs = C.Int32("pairs", "replications both finished (same seed)", r => r.Pairs);

    public static readonly Table<ComparisonRow> Table = new(
        ExperimentFiles.Comparison,
        [Metric, Scenario, Baseline, Variant, Difference, CiLower, CiUpper, Significant, Pairs],
        r => new ComparisonRow(
            r.Get(Metric), r.Get(Scenario), r.Get(Baseline), r.Get(Variant), r.Get(Difference), r.Get(CiLower), r.Get(CiUpper), r.Get(Significant), r.Get(Pairs)));
}
