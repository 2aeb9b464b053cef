using CrowdSim.Model.Metrics;
using CrowdSim.Results.Run;

namespace CrowdSim.Runs;

/// <summary>A finished run: its summary, manifest and where its results are.</summary>
public sealed record RunResult(RunSummary Summary, RunManifest Manifest, string OutputPath);
