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
    public static readonly Column<ComparisonRow, double> Difference = C.Double("difference", "mean of variant − baseline over the pairs (0 for a pair that differs only in a double's last digits)", r => r.Difference);
    public static readonly Column<ComparisonRow, double?> CiLower = C.NullableDouble("ciLower", "lower end of the 95% paired t interval (for a share, cut to −1); empty with one pair", r => r.CiLower);
    public static readonly Column<ComparisonRow, double?> CiUpper = C.NullableDouble("ciUpper", "upper end of the same interval (for a share, cut to 1)", r => r.CiUpper);
    public static readonly Column<ComparisonRow, bool> Significant = C.Boolean("significant", "whether the interval, unrounded, excludes 0 (never for an interval of [0, 0])", r => r.Significant);
    public static readonly Column<ComparisonRow, int> Pairs = C.Int32("pairs", "replications both finished (same seed)", r => r.Pairs);
    public static readonly Column<ComparisonRow, double?> Relative = C.NullableDouble(
        "relative", "`difference` ÷ \\|`baseline`\\| (0.12 = 12% more); empty where undefined: a baseline mean of 0, or one not clearly apart from 0 (see Intervals above)", r => r.Relative, optional: true);
    public static readonly Column<ComparisonRow, double?> RelativeCiLower = C.NullableDouble(
        "relativeCiLower", "lower end of Fieller's 95% interval of `relative`; empty with one pair or where `relative` is", r => r.RelativeCiLower, optional: true);
    public static readonly Column<ComparisonRow, double?> RelativeCiUpper = C.NullableDouble(
        "relativeCiUpper", "upper end of the same interval", r => r.RelativeCiUpper, optional: true);

    public static readonly Table<ComparisonRow> Table = new(
        ExperimentFiles.Comparison,
        [Metric, Scenario, Baseline, Variant, Difference, CiLower, CiUpper, Significant, Pairs, Relative, RelativeCiLower, RelativeCiUpper],
        r => new ComparisonRow(
            r.Get(Metric), r.Get(Scenario), r.Get(Baseline), r.Get(Variant), r.Get(Difference), r.Get(CiLower), r.Get(CiUpper), r.Get(Significant), r.Get(Pairs),
            r.Get(Relative), r.Get(RelativeCiLower), r.Get(RelativeCiUpper)));
}
