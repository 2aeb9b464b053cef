namespace CrowdSim.Cli.Tests;

/// <summary>
/// The horizon, the same way in every command (issue 14, items 6 and 14): <c>--days</c> is checked
/// with the scenario, so a run past a limit is refused in one line with exit code 2; an event after
/// the end of the run does not stop it, and each command says so once, on standard error, before
/// anything runs.
/// </summary>
public class HorizonTests
{
    private const string Recruitment = "workers.ke-pool.recruitment={every: 1d, recruits: 1000000, bootcampHours: 10, dropOut: 0.1}";

    private static readonly string Tiny = TestScenarios.Tiny;

    /// <summary>Tiny's one event on day 2 (line 34), which a run of one day never reaches.</summary>
    private static readonly string ShockNote = $"{Tiny}:34:10: note: event (automation_shock) at day 2 falls after the 1-day horizon and will not happen\n";

    [Fact]
    public async Task RunDays_PastTheTickLimit_IsRefusedInOneLine()
    {
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync("run", Tiny, "--set", "tickMinutes=1", "--days", "3650", "--out", NeverWritten());

        Assert.Equal(
            (2, "--days: `days`: 3650 days of 1-minute ticks is 5,256,000 ticks, more than the 5,000,000 allowed; use fewer days or longer ticks\n"),
            (exit, cli.Error));
    }

    [Fact]
    public async Task RunDays_PastTheDemandBound_IsRefusedInOneLine_AtTheLabs()
    {
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync("run", Tiny, "--set", "labs.alpha.demand.0.tasksPerDay=1e7", "--days", "3650", "--out", NeverWritten());

        Assert.Equal(2, exit);
        var line = Assert.Single(cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{Tiny}:22:3: `labs`: demand adds up to about 36,", line, StringComparison.Ordinal);
        Assert.EndsWith(" tasks over 3650 days, more than the 10,000,000,000 a run can get through (at about a million tasks a second, 2.8 hours); lower `tasksPerDay`, a surge or `days`", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunDays_PastTheRecruitmentCapacity_IsRefusedInOneLine_AtTheWorkers()
    {
        using var cli = new CapturedCommandLine();

        // With the file's 2 days this is 2,000,150 workers; over 3650 days it overflowed with a stack trace.
        var exit = await cli.RunAsync("run", Tiny, "--set", Recruitment, "--days", "3650", "--out", NeverWritten());

        Assert.Equal(
            (2, $"{Tiny}:28:3: `workers`: 3,650,000,150 workers in total (150 at the start and up to 3,650,000,000 recruited over 3650 days), more than the 50,000,000 a run can hold in memory\n"),
            (exit, cli.Error));
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("sweep")]
    [InlineData("validate")]
    public async Task Days_IsTakenByEveryCommand_AndCheckedAlike(string command)
    {
        string[] args = command switch
        {
            "compare" => ["compare", Tiny, Tiny],
            "sweep" => ["sweep", Tiny, "--set", "seed=1,2"],
            _ => ["validate", Tiny],
        };
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync([.. args, "--set", "tickMinutes=1", "--days", "3650"]);

        Assert.Equal(
            (2, "--days: `days`: 3650 days of 1-minute ticks is 5,256,000 ticks, more than the 5,000,000 allowed; use fewer days or longer ticks\n"),
            (exit, cli.Error));
    }

    [Fact]
    public async Task BenchDays_PastTheTickLimit_IsRefusedInOneLine()
    {
        var folder = TempFolders.New("bench-days");
        Directory.CreateDirectory(folder);
        File.Copy(Tiny, Path.Combine(folder, "tiny.yaml"));
        File.WriteAllText(Path.Combine(folder, "minute-ticks.yaml"), "extends: tiny.yaml\ntickMinutes: 1\n");
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync("bench", "--scenario", Path.Combine(folder, "minute-ticks.yaml"), "--days", "3650");

        Assert.Equal(
            (2, "--days: `days`: 3650 days of 1-minute ticks is 5,256,000 ticks, more than the 5,000,000 allowed; use fewer days or longer ticks\n"),
            (exit, cli.Error));
    }

    [Theory]
    [InlineData("--days", "1")]
    [InlineData("--set", "days=1")]
    public async Task Validate_OfAHorizonBeforeAnEvent_IsValid_AndNotesTheEvent(string option, string value)
    {
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync("validate", Tiny, option, value);

        Assert.Equal((0, ShockNote), (exit, cli.Error));
        Assert.StartsWith($"ok {Tiny}: tiny, 1 days", cli.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run", "--days", "1")]
    [InlineData("run", "--set", "days=1")]
    [InlineData("run", "--replications", "2", "--days", "1")]
    [InlineData("compare", "--days", "1")]
    [InlineData("compare", "--set", "days=1")]
    [InlineData("sweep", "--days", "1")]
    [InlineData("sweep", "--set", "days=1,2")]
    public async Task EveryCommand_NotesAnEventAfterTheHorizon_Once_BeforeItRuns(string command, params string[] options)
    {
        string[] files = command == "compare" ? [Tiny, Tiny] : [Tiny];
        string[] sweep = command == "sweep" && !options.Contains("days=1,2") ? ["--set", "seed=1,2"] : [];
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunCancelledAsync([command, .. files, .. sweep, .. options, "--out", NeverWritten(), "--quiet"]);

        Assert.Equal(1, exit);
        Assert.StartsWith(ShockNote + "crowdsim: cancelled", cli.Error, StringComparison.Ordinal);
    }

    private static string NeverWritten() => TempFolders.New("never-written");
}
