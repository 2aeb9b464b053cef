using CrowdSim.Cli.Commands;
using CrowdSim.Runs.Checkpoints;
using CrowdSim.Runs.Hosting;
using CrowdSim.Runs.Output;
using CrowdSim.Scenarios;

namespace CrowdSim.Cli.Tests;

public class FailureExitCodesTests
{
    private static (int Code, string Error) Report(Exception exception)
    {
        using var error = new StringWriter { NewLine = "\n" };
        var code = FailureExitCodes.Report(exception, error);
        return (code, error.ToString());
    }

    [Fact]
    public void ScenarioException_IsBadInput_OneLinePerProblem()
    {
        var exception = new ScenarioException([new ScenarioError("a.yaml", 4, 7, "`days`: expected 1 to 3650"), new ScenarioError("b.yaml", 0, 0, "no such file")]);

        Assert.Equal((2, "a.yaml:4:7: `days`: expected 1 to 3650\nb.yaml: no such file\n"), Report(exception));
    }

    [Fact]
    public void UsageException_IsBadInput() =>
        Assert.Equal((2, "crowdsim: --checkpoint-every applies to a single run\n"), Report(new UsageException("--checkpoint-every applies to a single run")));

    [Fact]
    public void OutputFolderException_IsBadInput() =>
        Assert.Equal((2, "crowdsim: out: not empty\n"), Report(new OutputFolderException("out: not empty")));

    [Fact]
    public void CheckpointException_IsBadInput() =>
        Assert.Equal((2, "crowdsim: x: not a checkpoint folder\n"), Report(new CheckpointException("x: not a checkpoint folder")));

    [Fact]
    public void ClusterUnavailableException_IsAFailure() =>
        Assert.Equal((1, "crowdsim: no cluster at redis://h:1\n"), Report(new ClusterUnavailableException("no cluster at redis://h:1", new TimeoutException())));

    [Fact]
    public void OutputWriteException_IsAFailure_InOneLine() =>
        Assert.Equal(
            (1, "crowdsim: results/x: cannot be written: no space left on device\n"),
            Report(OutputWriteException.From("results/x", new IOException("No space left on device : 'results/x/timeseries.csv'", 28))));

    [Theory]
    [InlineData(28, "no space left on device")]
    [InlineData(122, "disk quota exceeded")]
    [InlineData(30, "read-only file system")]
    [InlineData(unchecked((int)0x80070070), "no space left on device")]
    public void OutputWriteException_NamesTheCommonReasons(int hresult, string reason) =>
        Assert.Equal($"out: cannot be written: {reason}", OutputWriteException.From("out", new IOException("raw", hresult)).Message);

    [Fact]
    public void UnauthorizedAccess_IsPermissionDenied() =>
        Assert.Equal("out: cannot be written: permission denied", OutputWriteException.From("out", new UnauthorizedAccessException("Access to the path 'out/x' is denied.")).Message);

    [Fact]
    public void AnIOExceptionFromElsewhere_IsAFailure_InOneLine_WithoutAStackTrace() =>
        Assert.Equal(
            (1, "crowdsim: No space left on device : '/tmp/x/charts/a.png'\n"),
            Report(new IOException("No space left on device : '/tmp/x/charts/a.png'", 28)));

    [Fact]
    public void SiloLostException_IsAFailure_AndPointsAtCheckpoints() =>
        Assert.Equal(
            (1, "crowdsim: lost silo 's2' (10.0.0.2:11111, dead) during the run; there was no checkpoint to go back to (see --checkpoint-every), so the run stopped\n"),
            Report(new SiloLostException(new LostSilo("s2", "10.0.0.2:11111", "Dead"))));

    [Fact]
    public void Cancellation_IsAFailure() =>
        Assert.Equal((1, "crowdsim: cancelled; no results were written\n"), Report(new OperationCanceledException()));

    [Fact]
    public void A_stopped_command_that_says_how_to_carry_on_IsAFailure_InOneLine() =>
        Assert.Equal(
            (1, "crowdsim: cancelled; the last checkpoint is at day 2. Resume with: crowdsim run --resume out.checkpoints\n"),
            Report(new CommandStoppedException("cancelled; the last checkpoint is at day 2. Resume with: crowdsim run --resume out.checkpoints", new OperationCanceledException())));

    [Fact]
    public void TaskCancellation_IsACancellationToo() =>
        Assert.Equal((1, "crowdsim: cancelled; no results were written\n"), Report(new TaskCanceledException()));

    [Fact]
    public void AnythingElse_IsAFailure_WithTheWholeException()
    {
        var (code, error) = Report(new InvalidOperationException("boom"));

        Assert.Equal(1, code);
        Assert.StartsWith("crowdsim: failed: System.InvalidOperationException: boom", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACommandsFailure_GoesThroughTheHandler()
    {
        using var cli = new CapturedCommandLine();
        var missing = Path.Combine(Path.GetTempPath(), "crowdsim-cli-tests-no-such-folder");

        var exit = await cli.RunAsync("report", missing);

        Assert.Equal(2, exit);
        Assert.Equal($"crowdsim: {missing}: no such folder\n", cli.Error);
    }

    [Fact]
    public async Task AMissingScenario_IsBadInput_BeforeAnySiloStarts()
    {
        using var cli = new CapturedCommandLine();
        var missing = Path.Combine(Path.GetTempPath(), "crowdsim-cli-tests-no-such.yaml");

        var exit = await cli.RunAsync("run", missing, "--out", Path.Combine(Path.GetTempPath(), "crowdsim-cli-tests-never-written"));

        Assert.Equal(2, exit);
        Assert.StartsWith(missing, cli.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Path.GetTempPath(), "crowdsim-cli-tests-never-written")));
    }
}
