using System.CommandLine;
using System.CommandLine.Help;
using CrowdSim.Cli.Commands;

namespace CrowdSim.Cli.Tests;

public class HelpTests
{
    public static TheoryData<string> CommandNames => new() { "run", "sweep", "compare", "report", "validate", "bench", "silo" };

    [Fact]
    public void TheTree_HasEveryCommand()
    {
        using var cli = new CapturedCommandLine();

        var names = cli.Root.Subcommands.Select(c => c.Name);

        Assert.Equal(["run", "sweep", "compare", "report", "validate", "bench", "silo"], names);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task Help_ForEveryCommand_ExitsZero_AndListsEveryOptionWithItsDefault(string name)
    {
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync(name, "--help");

        Assert.Equal(0, exit);
        Assert.Equal("", cli.Error);
        var command = cli.Root.Subcommands.Single(c => c.Name == name);
        var lines = cli.Out.Split('\n');
        foreach (var option in command.Options.Where(o => o is not HelpOption))
        {
            var line = Assert.Single(lines, l => l.TrimStart().StartsWith(option.Name + " ", StringComparison.Ordinal));
            Assert.Contains(option.Description!, line, StringComparison.Ordinal);
            // A flag is off unless given; every other option says what it is when not given.
            if (option.Arity.MaximumNumberOfValues > 0)
                Assert.Matches(@"(\[default: [^\]]+\]|\(required\))", line);
        }
        foreach (var argument in command.Arguments)
            Assert.Contains($"<{argument.Name}>", cli.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task ShortHelp_AndHelpCommand_PrintTheSamePage(string name)
    {
        using var full = new CapturedCommandLine();
        using var dashH = new CapturedCommandLine();
        using var word = new CapturedCommandLine();

        Assert.Equal(0, await full.RunAsync(name, "--help"));
        Assert.Equal(0, await dashH.RunAsync(name, "-h"));
        Assert.Equal(0, await word.RunAsync("help", name));

        Assert.Equal(full.Out, dashH.Out);
        Assert.Equal(full.Out, word.Out);
    }

    [Theory]
    [InlineData("run", "--workers-per-grain <K>", "[default: 1000]")]
    [InlineData("run", "--seed <N>", "[default: the scenario's seed]")]
    [InlineData("run", "--days <N>", "[default: the scenario's days]")]
    [InlineData("run", "--replications <R>", "[default: the scenario's replications, else 1]")]
    [InlineData("run", "--checkpoint-every <INTERVAL>", "[default: no checkpoints]")]
    [InlineData("run", "--cluster <redis://HOST:PORT>", "[default: a silo inside this process]")]
    [InlineData("run", "--set <PATH=VALUE>", "[default: the file as written]")]
    [InlineData("compare", "--replications <R>", "[default: the files' replications, else 10]")]
    [InlineData("compare", "--days <N>", "[default: the scenario's days]")]
    [InlineData("sweep", "--days <N>", "[default: the scenario's days]")]
    [InlineData("validate", "--days <N>", "[default: the scenario's days]")]
    [InlineData("run", "--scenario-root <DIR>", "[default: the folder of the scenario file]")]
    [InlineData("compare", "--scenario-root <DIR>", "[default: the folder of the scenario file]")]
    [InlineData("sweep", "--out <DIR>", "[default: results/<scenario>/<UTC time>-sweep]")]
    [InlineData("bench", "--workers <N[,N...]>", "[default: 10000]")]
    [InlineData("bench", "--workers-per-grain <N[,N...]>", "[default: 1000]")]
    [InlineData("bench", "--scenario <FILE>", "[default: scenarios/baseline.yaml]")]
    [InlineData("silo", "--port <P>", "[default: 11111]")]
    [InlineData("silo", "--gateway-port <G>", "[default: 30000]")]
    [InlineData("silo", "--address <IP>", "[default: $POD_IP, else 127.0.0.1]")]
    public async Task Help_ShowsTheDefault(string name, string usage, string shown)
    {
        using var cli = new CapturedCommandLine();

        await cli.RunAsync(name, "--help");

        var line = Assert.Single(cli.Out.Split('\n'), l => l.TrimStart().StartsWith(usage + " ", StringComparison.Ordinal));
        Assert.EndsWith(shown, line.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("sweep")]
    public async Task Parallel_DefaultsToHalfTheCores_InEveryCommand(string name)
    {
        using var cli = new CapturedCommandLine();

        await cli.RunAsync(name, "--help");

        Assert.Contains($"[default: {Math.Max(1, Environment.ProcessorCount / 2)}]", cli.Out.Split('\n').Single(l => l.Contains("--parallel", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopLevelHelp_ListsTheCommands_AndTheExitCodes()
    {
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync("--help");

        Assert.Equal(0, exit);
        foreach (var name in new[] { "run", "sweep", "compare", "report", "validate", "bench", "silo" })
            Assert.Contains($"\n  {name} ", cli.Out, StringComparison.Ordinal);
        Assert.Contains("Usage:\n  crowdsim [command] [options]", cli.Out, StringComparison.Ordinal);
        Assert.Contains(HelpWithExitCodes.ExitCodesText, cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandHelp_LeavesOutTheExitCodes()
    {
        using var cli = new CapturedCommandLine();

        await cli.RunAsync("run", "--help");

        Assert.Contains("Usage:\n  crowdsim run [<FILE>] [options]", cli.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Exit codes:", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCommand_PrintsHelp_AndExitsTwo_SayingWhatIsMissing()
    {
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync();

        Assert.Equal(2, exit);
        Assert.Contains("Commands:", cli.Out, StringComparison.Ordinal);
        Assert.Equal("crowdsim: no command given; expected run, sweep, compare, report, validate, bench or silo\n", cli.Error);
    }

    [Fact]
    public async Task Version_PrintsTheVersionAlone()
    {
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync("--version");

        Assert.Equal(0, exit);
        Assert.Equal(typeof(ExitCodes).Assembly.GetName().Version!.ToString(3) + "\n", cli.Out);
    }
}
