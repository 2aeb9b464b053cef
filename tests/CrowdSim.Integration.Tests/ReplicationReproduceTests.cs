using System.Text.Json;
using CrowdSim.Results;

namespace CrowdSim.Integration.Tests;

/// <summary>
/// <c>run --replications</c> keeps <c>--task-log</c> (it was dropped silently: issue 14, item 15),
/// and each replication's manifest holds a line that reproduces that replication as printed, even
/// from a file name that needs quoting and with a horizon set on the command line (item 7).
/// </summary>
public class ReplicationReproduceTests
{
    [SkippableFact]
    public async Task Replications_keep_the_task_log_and_each_replication_reproduces_as_printed()
    {
        Skip.If(OperatingSystem.IsWindows(), "the line is run by /bin/sh, as a user would paste it");
        var work = TempFolders.New("replication-reproduce");
        Directory.CreateDirectory(work);
        File.Copy(TestScenarios.Tiny, Path.Combine(work, "tiny; $(x).yaml"));

        var experiment = await CliProcess.RunAsync(work, "run", "tiny; $(x).yaml", "--replications", "2", "--days", "1", "--seed", "9", "--task-log", "--out", "reps", "--quiet");

        Assert.True(experiment.ExitCode == 0, experiment.Stderr);
        var runs = Directory.GetDirectories(Path.Combine(work, "reps"), "rep-*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, runs.Length);
        Assert.All(runs, run => Assert.True(File.Exists(Path.Combine(run, RunFiles.Tasks)), $"no {RunFiles.Tasks} in {run}"));
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "reps", ExperimentFiles.Manifest))))
            Assert.Contains(" --task-log", manifest.RootElement.GetProperty("command").GetString()!, StringComparison.Ordinal);

        var second = runs[1];
        string reproduce;
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(second, RunFiles.Manifest))))
            reproduce = manifest.RootElement.GetProperty("reproduce").GetString()!;
        Assert.StartsWith("crowdsim run 'tiny; $(x).yaml' --seed ", reproduce, StringComparison.Ordinal);
        Assert.Contains(" --days 1 --replications 1 ", reproduce, StringComparison.Ordinal);

        var again = await CliProcess.RunInShellAsync(work, reproduce + " --out again --quiet");

        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Equal(CheckpointCliTests.ResultHash(second), CheckpointCliTests.ResultHash(Path.Combine(work, "again")));
        Assert.True(File.Exists(Path.Combine(work, "again", RunFiles.Tasks)));
    }
}
