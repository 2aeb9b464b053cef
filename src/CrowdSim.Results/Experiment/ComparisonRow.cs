namespace CrowdSim.Results.Experiment;

/// <summary>One outcome of one variant against the baseline (a row of comparison.csv): means over paired replications and the paired difference with its 95% interval.</summary>
public sealed record ComparisonRow(string Metric, string Scenario, double Baseline, double Variant, double Difference, double? CiLower, double? CiUpper, bool Significant, int Pairs);
