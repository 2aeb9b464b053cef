using System.Net;
using CrowdSim.Cli.Commands;

namespace CrowdSim.Cli.Tests;

/// <summary>What a command line parses to, read through the commands' typed options, without running anything.</summary>
public class ParseValueTests
{
    [Fact]
    public void Run_ReadsEveryOption()
    {
        using var cli = new CapturedCommandLine();
        var run = cli.Command<RunCommand>();

        var parse = cli.Parse(
            "run", "s.yaml", "--set", "a.b=1", "--seed", "18446744073709551615", "--days", "3", "--replications", "4", "--parallel", "2",
            "--out", "o", "--workers-per-grain", "7", "--task-log", "--checkpoint-every", "12h", "--cluster", "redis://10.0.0.1:6380", "--set", "c=2", "--quiet");

        Assert.Empty(parse.Errors);
        Assert.Same(run, parse.CommandResult.Command);
        Assert.Equal("s.yaml", parse.GetValue(run.File));
        Assert.Equal(["a.b=1", "c=2"], parse.GetValue(run.Set)!);
        Assert.Equal(ulong.MaxValue, parse.GetValue(run.Seed));
        Assert.Equal(3, parse.GetValue(run.Days));
        Assert.Equal(4, parse.GetValue(run.Replications));
        Assert.Equal(2, parse.GetValue(run.Parallel));
        Assert.Equal("o", parse.GetValue(run.Out));
        Assert.Equal(7, parse.GetValue(run.WorkersPerGrain));
        Assert.True(parse.GetValue(run.TaskLog));
        Assert.Equal("12h", parse.GetValue(run.CheckpointEvery));
        Assert.Equal("redis://10.0.0.1:6380", parse.GetValue(run.Cluster));
        Assert.True(parse.GetValue(run.Quiet));
        Assert.Null(parse.GetValue(run.Resume));
    }

    [Fact]
    public void Run_WithNothingButTheFile_TakesTheDefaults()
    {
        using var cli = new CapturedCommandLine();
        var run = cli.Command<RunCommand>();

        var parse = cli.Parse("run", "s.yaml");

        Assert.Empty(parse.Errors);
        Assert.Empty(parse.GetValue(run.Set)!);
        Assert.Null(parse.GetValue(run.Seed));
        Assert.Null(parse.GetValue(run.Days));
        Assert.Null(parse.GetValue(run.Replications));
        Assert.Equal(Math.Max(1, Environment.ProcessorCount / 2), parse.GetValue(run.Parallel));
        Assert.Null(parse.GetValue(run.Out));
        Assert.Equal(1000, parse.GetValue(run.WorkersPerGrain));
        Assert.False(parse.GetValue(run.TaskLog));
        Assert.Null(parse.GetValue(run.CheckpointEvery));
        Assert.Null(parse.GetValue(run.Cluster));
        Assert.False(parse.GetValue(run.Quiet));
    }

    [Fact]
    public void Options_MayComeBeforeTheFile_AndTakeTheirValueAfterAnEqualsSign()
    {
        using var cli = new CapturedCommandLine();
        var run = cli.Command<RunCommand>();

        var parse = cli.Parse("run", "--quiet", "--set=workers.ke.count=5", "--seed=9", "s.yaml");

        Assert.Empty(parse.Errors);
        Assert.Equal("s.yaml", parse.GetValue(run.File));
        Assert.Equal(["workers.ke.count=5"], parse.GetValue(run.Set)!);
        Assert.Equal(9UL, parse.GetValue(run.Seed));
        Assert.True(parse.GetValue(run.Quiet));
    }

    [Fact]
    public void AFileStartingWithAt_IsAFile_NotAResponseFile()
    {
        using var cli = new CapturedCommandLine();

        var parse = cli.Parse("run", "@s.yaml");

        Assert.Empty(parse.Errors);
        Assert.Equal("@s.yaml", parse.GetValue(cli.Command<RunCommand>().File));
    }

    [Fact]
    public void Resume_TakesTheFolder_WithQuietAndCluster()
    {
        using var cli = new CapturedCommandLine();
        var run = cli.Command<RunCommand>();

        var parse = cli.Parse("run", "--resume", "year.checkpoints", "--quiet", "--cluster", "redis://127.0.0.1:6379");

        Assert.Empty(parse.Errors);
        Assert.Equal("year.checkpoints", parse.GetValue(run.Resume));
        Assert.Null(parse.GetValue(run.File));
    }

    [Fact]
    public void Compare_TakesABaselineAndVariants()
    {
        using var cli = new CapturedCommandLine();
        var compare = cli.Command<CompareCommand>();

        var parse = cli.Parse("compare", "a.yaml", "b.yaml", "c.yaml", "--set", "days=7");

        Assert.Empty(parse.Errors);
        Assert.Equal("a.yaml", parse.GetValue(compare.Baseline));
        Assert.Equal(["b.yaml", "c.yaml"], parse.GetValue(compare.Variants)!);
        Assert.Null(parse.GetValue(compare.Replications)); // the files' replications, else 10
        Assert.Equal(["days=7"], parse.GetValue(compare.Set)!);
    }

    [Theory]
    [InlineData("compare", "a.yaml", "b.yaml")]
    [InlineData("sweep", "a.yaml")]
    [InlineData("validate", "a.yaml")]
    [InlineData("run", "a.yaml")]
    public void EveryCommandThatLoadsAScenario_TakesDaysAndAScenarioRoot(params string[] args)
    {
        using var cli = new CapturedCommandLine();

        var parse = cli.Parse([.. args, "--days", "7", "--scenario-root", "studies"]);

        Assert.Empty(parse.Errors);
        Assert.Equal(7, parse.GetValue<int?>("--days"));
        Assert.Equal("studies", parse.GetValue<string?>("--scenario-root"));
    }

    [Fact]
    public void Sweep_KeepsEachSetWhole_CommasIncluded()
    {
        using var cli = new CapturedCommandLine();
        var sweep = cli.Command<SweepCommand>();

        var parse = cli.Parse("sweep", "s.yaml", "--set", "workers.ke.count=500,1500", "--set", "days=7");

        Assert.Empty(parse.Errors);
        Assert.Equal(["workers.ke.count=500,1500", "days=7"], parse.GetValue(sweep.Set)!);
    }

    [Fact]
    public void Validate_TakesManyFiles()
    {
        using var cli = new CapturedCommandLine();

        var parse = cli.Parse("validate", "a.yaml", "b.yaml", "--set", "days=2");

        Assert.Empty(parse.Errors);
        Assert.Equal(["a.yaml", "b.yaml"], parse.GetValue(cli.Command<ValidateCommand>().Files)!);
    }

    [Fact]
    public void Bench_ReadsListsOfSizes_InAnyNotation()
    {
        using var cli = new CapturedCommandLine();
        var bench = cli.Command<BenchCommand>();

        var parse = cli.Parse("bench", "--workers", "1e4, 100_000,3000", "--workers-per-grain", "1,1000", "--days", "2");

        Assert.Empty(parse.Errors);
        Assert.Equal([10_000, 100_000, 3000], parse.GetValue(bench.Workers)!);
        Assert.Equal([1, 1000], parse.GetValue(bench.WorkersPerGrain)!);
        Assert.Equal(2, parse.GetValue(bench.Days));
        Assert.Equal("scenarios/baseline.yaml", parse.GetValue(bench.Scenario));
    }

    [Fact]
    public void Silo_ReadsItsAddressAndPorts()
    {
        using var cli = new CapturedCommandLine();
        var silo = cli.Command<SiloCommand>();

        var parse = cli.Parse("silo", "--cluster", "redis://127.0.0.1:6379", "--name", "s1", "--address", "10.0.0.5", "--port", "0", "--gateway-port", "0");

        Assert.Empty(parse.Errors);
        Assert.Equal("s1", parse.GetValue(silo.SiloName));
        Assert.Equal(IPAddress.Parse("10.0.0.5"), parse.GetValue(silo.Address));
        Assert.Equal(0, parse.GetValue(silo.Port));
        Assert.Equal(0, parse.GetValue(silo.GatewayPort));
    }

    [Fact]
    public void TheProgramsOwnName_MayLeadTheLine()
    {
        using var cli = new CapturedCommandLine();

        var parse = cli.Parse("crowdsim", "run", "s.yaml");

        Assert.Empty(parse.Errors);
        Assert.Equal("s.yaml", parse.GetValue(cli.Command<RunCommand>().File));
    }
}
