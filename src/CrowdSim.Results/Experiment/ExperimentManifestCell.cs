namespace CrowdSim.Results.Experiment;

/// <summary>One cell in experiment.json: where it came from and the folder of each replication (null if it did not finish).</summary>
public sealed record ExperimentManifestCell(string Label, string? ScenarioFile, IReadOnlyList<string> Overrides, IReadOnlyList<string?> Runs);
