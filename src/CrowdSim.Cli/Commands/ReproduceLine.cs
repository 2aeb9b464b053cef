using CrowdSim.Experiments;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// The commands written into manifests (<c>reproduce</c>, <c>command</c>): run from the folder the
/// original ran in, with the <c>crowdsim</c> tool installed, they give the same results. Every
/// setting that changes results is spelled out (seed, days, replications, overrides, the scenario root), and every
/// word is quoted for a POSIX shell where it needs to be.
/// </summary>
public static class ReproduceLine
{
    /// <summary>One run. <paramref name="fileReplications"/> is the scenario file's own <c>replications:</c>, which a single run must override.</summary>
    public static string Run(string file, ScenarioSpec spec, int workersPerGrain, IReadOnlyList<string> overrides, int fileReplications, bool taskLog, string? scenarioRoot = null)
    {
        var single = fileReplications == 1 ? "" : " --replications 1";
        var log = taskLog ? " --task-log" : "";
        return $"crowdsim run {ShellWords.Quote(file)} --seed {spec.Seed} --days {spec.Days}{single} --workers-per-grain {workersPerGrain}{log}{Root(scenarioRoot)}{ShellWords.Sets(overrides)}";
    }

    /// <summary>A scenario run <paramref name="replications"/> times.</summary>
    public static string Replications(string file, ScenarioSpec spec, int replications, int workersPerGrain, IReadOnlyList<string> overrides, bool taskLog = false, string? scenarioRoot = null) =>
        $"crowdsim run {ShellWords.Quote(file)} --seed {spec.Seed} --days {spec.Days} --replications {replications} --workers-per-grain {workersPerGrain}{(taskLog ? " --task-log" : "")}{Root(scenarioRoot)}{ShellWords.Sets(overrides)}";

    /// <summary>A sweep; <paramref name="sets"/> are the command line's, axes and plain overrides alike.</summary>
    public static string Sweep(string file, IReadOnlyList<string> sets, int replications, int workersPerGrain, int? days = null, string? scenarioRoot = null) =>
        $"crowdsim sweep {ShellWords.Quote(file)}{ShellWords.Sets(sets)}{Days(days)} --replications {replications} --workers-per-grain {workersPerGrain}{Root(scenarioRoot)}";

    /// <summary>A comparison of <paramref name="files"/>, the first being the baseline.</summary>
    public static string Compare(IReadOnlyList<string> files, int replications, int workersPerGrain, IReadOnlyList<string> overrides, int? days = null, string? scenarioRoot = null) =>
        $"crowdsim compare {string.Join(' ', files.Select(ShellWords.Quote))} --replications {replications}{ShellWords.Sets(overrides)}{Days(days)} --workers-per-grain {workersPerGrain}{Root(scenarioRoot)}";

    private static string Days(int? days) => days is { } n ? $" --days {n}" : "";

    private static string Root(string? scenarioRoot) => scenarioRoot is { } folder ? $" --scenario-root {ShellWords.Quote(folder)}" : "";
}
