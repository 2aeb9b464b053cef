namespace CrowdSim.Results.Experiment;

/// <summary>
/// One outcome of one variant against the baseline (a row of comparison.csv): means over paired
/// replications, the paired difference with its 95% interval, and the difference relative to the
/// baseline's mean with its interval (null where a relative change is undefined).
/// </summary>
public sealed record ComparisonRow(
    string Metric,
    string Scenario,
    double Baseline,
    double Variant,
    double Difference,
    double? CiLower,
    double? CiUpper,
    bool Significant,
    int Pairs,
    double? Relative = null,
    double? RelativeCiLower = null,
    double? RelativeCiUpper = null);
