using CrowdSim.Experiments;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// The commands written into manifests (<c>reproduce</c>, <c>command</c>): run from the folder the
/// original ran in, with the <c>crowdsim</c> tool installed, they give the same results. Every
/// setting that changes results is spelled out (seed, days, replications, overrides), and every
/// word is quoted for a POSIX shell where it needs to be.
/// </summary>
public static class ReproduceLine
{
    /// <summary>One run. <paramref name="fileReplications"/> is the scenario file's own <c>replications:</c>, which a single run must override.</summary>
    public static string Run(string file, ScenarioSpec spec, int workersPerGrain, IReadOnlyList<string> overrides, int fileReplications, bool taskLog)
    {
        var single = fileReplications == 1 ? "" : " --replications 1";
        var log = taskLog ? " --task-log" : "";
        return $"crowdsim run {ShellWords.Quote(file)} --seed {spec.Seed} --days {spec.Days}{single} --workers-per-grain {workersPerGrain}{log}{ShellWords.Sets(overrides)}";
    }

    /// <summary>A scenario run <paramref name="replications"/> times.</summary>
    public static string Replications(string file, ScenarioSpec spec, int replications, int workersPerGrain, IReadOnlyList<string> overrides, bool taskLog = false) =>
        $"crowdsim run {ShellWords.Quote(file)} --seed {spec.Seed} --days {spec.Days} --replications {replications} --workers-per-grain {workersPerGrain}{(taskLog ? " --task-log" : "")}{ShellWords.Sets(overrides)}";

    /// <summary>A sweep; <paramref name="sets"/> are the command line's, axes and plain overrides alike.</summary>
    public static string Sweep(string file, IReadOnlyList<string> sets, int replications, int workersPerGrain) =>
        $"crowdsim sweep {ShellWords.Quote(file)}{ShellWords.Sets(sets)} --replications {replications} --workers-per-grain {workersPerGrain}";

    /// <summary>A comparison of <paramref name="files"/>, the first being the baseline.</summary>
    public static string Compare(IReadOnlyList<string> files, int replications, int workersPerGrain, IReadOnlyList<string> overrides) =>
        $"crowdsim compare {string.Join(' ', files.Select(ShellWords.Quote))} --replications {replications}{ShellWords.Sets(overrides)} --workers-per-grain {workersPerGrain}";
}
