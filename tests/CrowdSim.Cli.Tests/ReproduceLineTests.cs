using System.CommandLine;
using CrowdSim.Cli.Commands;
using CrowdSim.Scenarios;
using CrowdSim.Testing;

namespace CrowdSim.Cli.Tests;

/// <summary>
/// The commands written into manifests parse, as a shell splits them, back to the settings that
/// made the results. (CliTests in the integration tests runs one and compares resultHash.)
/// </summary>
public class ReproduceLineTests
{
    private static readonly string Baseline = RepoRoot.File("scenarios/baseline.yaml");

    // Overrides that need quoting: a space, a quote, a percent sign.
    private static readonly string[] Overrides = ["workers.ke-crowd.count=500", "platforms.open-market.fee=25%", "name=it's a test"];

    private static ParseResult ParseLine(CapturedCommandLine cli, string line)
    {
        var words = ShellSplit.Words(line);
        Assert.Equal("crowdsim", words[0]);
        var parse = cli.Parse([.. words.Skip(1)]);
        Assert.Empty(parse.Errors);
        return parse;
    }

    [Fact]
    public void Run_ParsesBackToTheSameSettings()
    {
        var spec = ScenarioLoader.LoadFile(Baseline, Overrides) with { Seed = 7, Days = 3 };
        var file = "my scenarios/base line.yaml";
        using var cli = new CapturedCommandLine();
        var run = cli.Command<RunCommand>();

        var parse = ParseLine(cli, ReproduceLine.Run(file, spec, 250, Overrides, fileReplications: 1, taskLog: true));

        Assert.Equal(file, parse.GetValue(run.File));
        Assert.Equal(7UL, parse.GetValue(run.Seed));
        Assert.Equal(3, parse.GetValue(run.Days));
        Assert.Equal(250, parse.GetValue(run.WorkersPerGrain));
        Assert.Equal(Overrides, parse.GetValue(run.Set)!);
        Assert.True(parse.GetValue(run.TaskLog));
        Assert.Null(parse.GetValue(run.Replications));
    }

    [Fact]
    public void Run_OfAFileThatAsksForReplications_SaysOneRun()
    {
        var spec = ScenarioLoader.LoadFile(Baseline);
        using var cli = new CapturedCommandLine();

        var line = ReproduceLine.Run("s.yaml", spec, 1000, [], fileReplications: 30, taskLog: false);

        Assert.Equal($"crowdsim run s.yaml --seed {spec.Seed} --days {spec.Days} --replications 1 --workers-per-grain 1000", line);
        Assert.Equal(1, ParseLine(cli, line).GetValue(cli.Command<RunCommand>().Replications));
    }

    [Fact]
    public void Run_OfTheLargestSeed_ParsesBack()
    {
        var spec = ScenarioLoader.LoadFile(Baseline) with { Seed = ulong.MaxValue };
        using var cli = new CapturedCommandLine();

        var parse = ParseLine(cli, ReproduceLine.Run("s.yaml", spec, 1000, [], 1, false));

        Assert.Equal(ulong.MaxValue, parse.GetValue(cli.Command<RunCommand>().Seed));
    }

    [Fact]
    public void Replications_ParseBack()
    {
        var spec = ScenarioLoader.LoadFile(Baseline);
        using var cli = new CapturedCommandLine();
        var run = cli.Command<RunCommand>();

        var parse = ParseLine(cli, ReproduceLine.Replications("a b.yaml", spec, 5, 1000, Overrides));

        Assert.Equal("a b.yaml", parse.GetValue(run.File));
        Assert.Equal(5, parse.GetValue(run.Replications));
        Assert.Equal(spec.Seed, parse.GetValue(run.Seed));
        Assert.Equal(Overrides, parse.GetValue(run.Set)!);
    }

    [Fact]
    public void Sweep_ParsesBack()
    {
        string[] sets = ["workers.ke-crowd.count=500,1500,3000", "days=7"];
        using var cli = new CapturedCommandLine();
        var sweep = cli.Command<SweepCommand>();

        var parse = ParseLine(cli, ReproduceLine.Sweep("s.yaml", sets, 5, 100));

        Assert.Equal("s.yaml", parse.GetValue(sweep.File));
        Assert.Equal(sets, parse.GetValue(sweep.Set)!);
        Assert.Equal(5, parse.GetValue(sweep.Replications));
        Assert.Equal(100, parse.GetValue(sweep.WorkersPerGrain));
    }

    [Fact]
    public void Compare_ParsesBack()
    {
        using var cli = new CapturedCommandLine();
        var compare = cli.Command<CompareCommand>();

        var parse = ParseLine(cli, ReproduceLine.Compare(["base line.yaml", "pay-floor.yaml"], 5, 1000, ["days=7"]));

        Assert.Equal("base line.yaml", parse.GetValue(compare.Baseline));
        Assert.Equal(["pay-floor.yaml"], parse.GetValue(compare.Variants)!);
        Assert.Equal(5, parse.GetValue(compare.Replications));
        Assert.Equal(["days=7"], parse.GetValue(compare.Set)!);
    }

    [Fact]
    public void Compare_WithDaysAndAScenarioRoot_ParsesBack()
    {
        using var cli = new CapturedCommandLine();
        var compare = cli.Command<CompareCommand>();

        var parse = ParseLine(cli, ReproduceLine.Compare(["a.yaml", "b.yaml"], 5, 1000, [], days: 7, scenarioRoot: "my studies"));

        Assert.Equal(7, parse.GetValue(compare.Days));
        Assert.Equal("my studies", parse.GetValue(compare.ScenarioRoot));
    }

    [Fact]
    public void Sweep_WithDaysAndAScenarioRoot_ParsesBack()
    {
        using var cli = new CapturedCommandLine();
        var sweep = cli.Command<SweepCommand>();

        var parse = ParseLine(cli, ReproduceLine.Sweep("s.yaml", ["seed=1,2"], 5, 100, days: 3, scenarioRoot: "."));

        Assert.Equal(3, parse.GetValue(sweep.Days));
        Assert.Equal(".", parse.GetValue(sweep.ScenarioRoot));
    }

    [Fact]
    public void Run_WithAScenarioRoot_ParsesBack()
    {
        var spec = ScenarioLoader.LoadFile(Baseline);
        using var cli = new CapturedCommandLine();

        var parse = ParseLine(cli, ReproduceLine.Run("s.yaml", spec, 1000, [], 1, false, scenarioRoot: "a;b"));

        Assert.Equal("a;b", parse.GetValue(cli.Command<RunCommand>().ScenarioRoot));
    }
}
