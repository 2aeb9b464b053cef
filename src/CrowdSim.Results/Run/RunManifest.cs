namespace CrowdSim.Results.Run;

/// <summary>
/// manifest.json: everything needed to reproduce a results folder, plus facts about the run that
/// are not results (wall time, machine). Not part of the result hash.
/// </summary>
/// <param name="Checkpoints">What writing checkpoints cost, when the run wrote them.</param>
/// <param name="Recoveries">Each time the run went back to a checkpoint (resumed, or a silo lost); empty for a run that went straight through.</param>
public sealed record RunManifest(
    string Scenario,
    string? ScenarioFile,
    string? ScenarioFileSha256,
    string ScenarioSha256,
    ulong Seed,
    string CrowdSimVersion,
    string? Commit,
    RunSettings Settings,
    string Reproduce,
    DateTimeOffset StartedUtc,
    double WallSeconds,
    double WorkerTicksPerSecond,
    long PeakWorkingSetBytes,
    MachineFacts Machine,
    IReadOnlyList<RunRecovery> Recoveries,
    CheckpointFacts? Checkpoints);
