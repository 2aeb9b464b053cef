namespace CrowdSim.DocGen;

/// <summary>The calibrated scenarios the literature table compares with, each run once at its own seed.</summary>
internal sealed class LiteratureRuns(IReadOnlyDictionary<string, ScenarioRun> runs)
{
    /// <summary>The calibrated scenarios (files under scenarios/, without .yaml), in the order the document lists them.</summary>
    public static readonly IReadOnlyList<string> Scenarios =
        ["baseline", "pay-floor", "notifications", "mturk-2015", "remotasks-kenya", "sama-bpo", "rlhf-surge", "automation-wave"];

    /// <summary>The run of a calibrated scenario, by name.</summary>
    public ScenarioRun this[string scenario] =>
        runs.TryGetValue(scenario, out var run) ? run : throw new KeyNotFoundException($"no run of scenario '{scenario}'");

    /// <summary>The scenario file of a calibrated scenario: the repository's scenarios/ are copied beside the generator's assembly, as bundled-scenarios/, when it is built.</summary>
    public static string File(string scenario) => Path.Combine(AppContext.BaseDirectory, "bundled-scenarios", scenario + ".yaml");
}
