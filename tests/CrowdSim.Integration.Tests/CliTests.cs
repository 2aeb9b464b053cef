using CrowdSim.Results;

namespace CrowdSim.Integration.Tests;

public class CliTests
{
    private static string NewWorkDir()
    {
        var dir = TempFolders.New("cli");
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public async Task Run_ValidScenario_ExitsZero_PrintsSummary_AndWritesResults()
    {
        var work = NewWorkDir();
        var result = await CliProcess.RunAsync(work, "run", TestScenarios.Tiny, "--days", "1", "--out", "out");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("What work paid, by region", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("kenya", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Stdout, StringComparison.Ordinal); // no colour codes when redirected
        Assert.True(File.Exists(Path.Combine(work, "out", RunFiles.Summary)));
    }

    [Fact]
    public async Task Run_WithoutOut_WritesUnderResultsScenarioTimestampSeed()
    {
        var work = NewWorkDir();
        var result = await CliProcess.RunAsync(work, "run", TestScenarios.Tiny, "--days", "1", "--seed", "5", "--quiet");
        Assert.Equal(0, result.ExitCode);
        var runs = Directory.GetDirectories(Path.Combine(work, "results", "tiny"));
        var run = Assert.Single(runs);
        Assert.EndsWith("-seed5", run, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingScenario_ExitsTwo_NamingTheFile()
    {
        var work = NewWorkDir();
        var result = await CliProcess.RunAsync(work, "run", "no-such.yaml", "--out", "out");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such.yaml", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(work, "out")));
        Assert.Empty(Directory.GetFileSystemEntries(work));
    }

    [Fact]
    public async Task Run_InvalidScenario_ExitsTwo_WithFileAndLine_AndWritesNothing()
    {
        var work = NewWorkDir();
        var bad = Path.Combine(work, "bad.yaml");
        var text = File.ReadAllText(TestScenarios.Tiny).Replace("days: 2", "days: -2", StringComparison.Ordinal);
        File.WriteAllText(bad, text);
        var result = await CliProcess.RunAsync(work, "run", "bad.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"bad\.yaml:4:\d+: ", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(work, "results")));
    }

    [Fact]
    public async Task Run_UnknownOption_ExitsTwo()
    {
        var result = await CliProcess.RunAsync(NewWorkDir(), "run", TestScenarios.Tiny, "--sed", "3");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--sed", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OutputFolderNotEmpty_ExitsTwo_AndLeavesItAlone()
    {
        var work = NewWorkDir();
        Directory.CreateDirectory(Path.Combine(work, "out"));
        File.WriteAllText(Path.Combine(work, "out", "keep.txt"), "mine");
        var result = await CliProcess.RunAsync(work, "run", TestScenarios.Tiny, "--out", "out");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["keep.txt"], Directory.GetFiles(Path.Combine(work, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Validate_BundledScenarios_AllPass()
    {
        var result = await CliProcess.RunAsync(RepoRoot.Path, ["validate", .. RepoRoot.BundledScenarios()]);
        Assert.True(result.ExitCode == 0, result.Stderr);
    }

    [Fact]
    public async Task Run_WithSet_RunsTheChangedScenario()
    {
        var work = NewWorkDir();
        var result = await CliProcess.RunAsync(work, "run", TestScenarios.Tiny, "--set", "workers.ke-pool.count=10", "--days", "1", "--out", "out", "--quiet");
        Assert.Equal(0, result.ExitCode);
        using var summary = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "out", RunFiles.Summary)));
        Assert.Equal(60, summary.RootElement.GetProperty("workers").GetInt32());
    }

    [Fact]
    public async Task Validate_WithAMisspelledSet_ExitsTwo_WithASuggestion()
    {
        var result = await CliProcess.RunAsync(NewWorkDir(), "validate", TestScenarios.Tiny, "--set", "workers.ke-pool.cuont=10");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--set:1:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean `count`?", result.Stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheManifestsReproduceLine_RunAsPrinted_GivesTheSameResultHash()
    {
        Skip.If(OperatingSystem.IsWindows(), "the line is run by /bin/sh, as a user would paste it");
        var work = NewWorkDir();
        // A file name that must be quoted, and an override.
        File.Copy(TestScenarios.Tiny, Path.Combine(work, "tiny world.yaml"));
        var first = await CliProcess.RunAsync(work, "run", "tiny world.yaml", "--days", "1", "--seed", "5", "--set", "workers.ke-pool.count=10", "--out", "first", "--quiet");
        Assert.True(first.ExitCode == 0, first.Stderr);
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "first", "manifest.json")));
        var reproduce = manifest.RootElement.GetProperty("reproduce").GetString()!;
        Assert.Equal("crowdsim run 'tiny world.yaml' --seed 5 --days 1 --workers-per-grain 1000 --set workers.ke-pool.count=10", reproduce);

        var again = await CliProcess.RunInShellAsync(work, reproduce + " --out again --quiet");

        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Equal(CheckpointCliTests.ResultHash(Path.Combine(work, "first")), CheckpointCliTests.ResultHash(Path.Combine(work, "again")));
    }

    [Fact]
    public async Task Help_ForRun_ExitsZero_AndListsItsOptions()
    {
        var result = await CliProcess.RunAsync(NewWorkDir(), "run", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--checkpoint-every <INTERVAL>", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Run_MisspelledOption_ExitsTwo_WithASuggestion_OnOneLine()
    {
        var result = await CliProcess.RunAsync(NewWorkDir(), "run", TestScenarios.Tiny, "--sead", "3");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("crowdsim run: unknown option --sead; did you mean --seed?\n", result.Stderr);
        Assert.Equal("", result.Stdout);
    }
}
