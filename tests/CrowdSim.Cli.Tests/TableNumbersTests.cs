using CrowdSim.Cli.Terminal;
using CrowdSim.Results.Experiment;

namespace CrowdSim.Cli.Tests;

/// <summary>Terminal tables never print a negative zero, nor flag a zero difference (issue 14, item 16).</summary>
public sealed class TableNumbersTests
{
    [Theory]
    [InlineData(-0.0, "0")]
    [InlineData(-0.0001, "-0.0001")]
    [InlineData(-0.00042, "-0.00042")]
    [InlineData(0.001, "0.001")]
    [InlineData(-0.46, "-0.46")]
    [InlineData(-5205.2, "-5,205")]
    [InlineData(1.6234, "1.623")]
    public void Format_ShowsSmallNumbersAndNeverANegativeZero(double value, string expected) =>
        Assert.Equal(expected, TableNumbers.Format(value));

    [Fact]
    public void ComparisonPrinter_AZeroAndATinyDifference_PrintWithoutSignedZeros_AndOnlyTheRealOneIsFlagged()
    {
        using var cli = new CapturedCommandLine();
        ComparisonRow[] rows =
        [
            new("workerOutcomes.nightWakeupsPerWorkerDay", "pay-floor", 0.307, 0.307, -0.0, -0.0, 0.0, false, 5),
            new("workerOutcomes.unpaidShare", "pay-floor", 0.38, 0.3797, -0.0003, -0.0004, -0.0002, true, 5),
        ];

        ComparisonPrinter.Print(cli.Console.Ansi, rows, "baseline");

        var lines = cli.Out.Split('\n');
        Assert.DoesNotMatch(@"-0(\.0*)?(?![0-9.])", cli.Out);
        Assert.Matches(@"nightWakeupsPerWorkerDay\s+pay-floor\s+0\.307\s+0\.307\s+0\s+\[0, 0\]\s*$", lines.Single(l => l.Contains("nightWakeups", StringComparison.Ordinal)));
        Assert.Matches(@"unpaidShare\s+pay-floor\s+0\.38\s+0\.38\s+-0\.0003\s+\[-0\.0004, -0\.0002\]\s+\*", lines.Single(l => l.Contains("unpaidShare", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("sweep")]
    public void TimeSeriesCsv_IsAFlagOfEveryCommandThatRuns(string command)
    {
        using var cli = new CapturedCommandLine();

        Assert.Contains(cli.Root.Subcommands.Single(c => c.Name == command).Options, o => o.Name == "--timeseries-csv");
    }
}
