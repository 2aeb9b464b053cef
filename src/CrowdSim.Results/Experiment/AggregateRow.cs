namespace CrowdSim.Results.Experiment;

/// <summary>One outcome of one cell over its finished replications (a row of aggregate.csv).</summary>
public sealed record AggregateRow(string Scenario, string Metric, int Replications, double Mean, double StandardDeviation, double? CiLower, double? CiUpper);
