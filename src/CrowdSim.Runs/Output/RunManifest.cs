namespace CrowdSim.Runs.Output;

/// <summary>
/// manifest.json: everything needed to reproduce a results folder, plus facts about the run that
/// are not results (wall time, machine). Not part of the result hash.
/// </summary>
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
    MachineFacts Machine);

/// <summary>Settings that shaped the run (none of them may change its results).</summary>
public sealed record RunSettings(int Days, int TickMinutes, int Workers, int WorkersPerGrain, int Grains, string Cluster);

/// <summary>The machine a run ran on.</summary>
public sealed record MachineFacts(string Os, int Cores, string Runtime, string HostName);
