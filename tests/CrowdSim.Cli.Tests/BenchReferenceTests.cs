using CrowdSim.Cli.Commands;

namespace CrowdSim.Cli.Tests;

/// <summary><c>crowdsim bench --reference</c>: read as a switch, and refused before anything runs on a scenario the reference loop cannot run.</summary>
public sealed class BenchReferenceTests
{
    [Fact]
    public void Reference_IsASwitch_OffByDefault()
    {
        using var cli = new CapturedCommandLine();
        var bench = cli.Command<BenchCommand>();

        Assert.False(cli.Parse("bench").GetValue(bench.Reference));
        Assert.True(cli.Parse("bench", "--scenario", "bench/reduced.yaml", "--reference").GetValue(bench.Reference));
    }

    [Fact]
    public async Task Reference_OnAScenarioBeyondTheReducedMarket_IsRefusedInOneLine()
    {
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync("bench", "--scenario", TestScenarios.Tiny, "--workers", "10", "--reference");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.StartsWith("crowdsim: bench --reference: ", cli.Error, StringComparison.Ordinal);
        Assert.Contains("the reference loop runs only the reduced market", cli.Error, StringComparison.Ordinal);
        Assert.Single(cli.Error.TrimEnd('\n').Split('\n'));
    }
}
