namespace CrowdSim.Cli.Tests;

/// <summary>A command line that does not parse: exit code 2, nothing on standard output, one line on standard error.</summary>
public class ParseErrorTests
{
    [Theory]
    [InlineData("crowdsim run: --seed expects a whole number from 0 to 18446744073709551615, got 'abc'", "run", "s.yaml", "--seed", "abc")]
    [InlineData("crowdsim run: --seed expects a whole number from 0 to 18446744073709551615, got '-1'", "run", "s.yaml", "--seed=-1")]
    [InlineData("crowdsim run: --days expects a whole number from 1 to 3650, got '0'", "run", "s.yaml", "--days", "0")]
    [InlineData("crowdsim run: --replications expects a whole number from 1 to 10000, got '2.5'", "run", "s.yaml", "--replications", "2.5")]
    [InlineData("crowdsim run: --workers-per-grain expects a whole number from 1 to 10000000, got '0'", "run", "s.yaml", "--workers-per-grain", "0")]
    [InlineData("crowdsim run: --parallel expects a whole number from 1 to 64, got '65'", "run", "s.yaml", "--parallel", "65")]
    [InlineData("crowdsim run: unknown option --sead; did you mean --seed?", "run", "s.yaml", "--sead", "3")]
    [InlineData("crowdsim run: unknown option --sead; did you mean --seed?", "run", "--sead", "3", "s.yaml")]
    [InlineData("crowdsim run: unknown option --quite; did you mean --quiet?", "run", "s.yaml", "--quite")]
    [InlineData("crowdsim report: unknown option --out (see crowdsim report --help)", "report", "--out", "x")]
    [InlineData("crowdsim validate: unknown option --sett; did you mean --set?", "validate", "--sett", "days=2", "a.yaml")]
    [InlineData("crowdsim run: unknown option --frobnicate (see crowdsim run --help)", "run", "s.yaml", "--frobnicate")]
    [InlineData("crowdsim run: unexpected argument 'b.yaml' (see crowdsim run --help)", "run", "a.yaml", "b.yaml")]
    [InlineData("crowdsim run: missing FILE (the scenario file to run), or --resume DIR", "run")]
    [InlineData("crowdsim run: missing FILE (the scenario file to run), or --resume DIR", "run", "--seed", "3")]
    [InlineData("crowdsim run: option --seed given more than once", "run", "s.yaml", "--seed", "1", "--seed", "2")]
    [InlineData("crowdsim run: option --seed needs a value", "run", "s.yaml", "--seed")]
    [InlineData("crowdsim run: option --out needs a value", "run", "s.yaml", "--out")]
    [InlineData("crowdsim run: run --resume takes the checkpoint folder only: the scenario and settings are the ones the run started with", "run", "s.yaml", "--resume", "x.checkpoints")]
    [InlineData("crowdsim run: --days does not apply to run --resume: the settings are the ones the run started with", "run", "--resume", "x.checkpoints", "--days", "3")]
    [InlineData("crowdsim run: --checkpoint-every: '7x' is not an interval; expected a whole number of days, hours or minutes such as 1d, 12h or 90m", "run", "s.yaml", "--checkpoint-every", "7x")]
    [InlineData("crowdsim run: --checkpoint-every: '99999999999d' is not an interval; expected a whole number of days, hours or minutes such as 1d, 12h or 90m", "run", "s.yaml", "--checkpoint-every", "99999999999d")]
    [InlineData("crowdsim run: --checkpoint-every: '9999999d' is too long an interval", "run", "s.yaml", "--checkpoint-every", "9999999d")]
    [InlineData("crowdsim sweep: missing FILE (the scenario file to sweep)", "sweep")]
    [InlineData("crowdsim compare: missing VARIANT (one or more scenario files to compare with the baseline)", "compare", "a.yaml")]
    [InlineData("crowdsim compare: unknown option --replication; did you mean --replications?", "compare", "a.yaml", "b.yaml", "--replication", "3")]
    [InlineData("crowdsim report: missing DIR (the results folder of a run or an experiment)", "report")]
    [InlineData("crowdsim validate: missing FILE (one or more scenario files to check)", "validate")]
    [InlineData("crowdsim validate: unknown option --seed (see crowdsim validate --help)", "validate", "a.yaml", "--seed", "1")]
    [InlineData("crowdsim bench: --workers expects whole numbers from 1 to 50,000,000 separated by commas (1e5 is fine), got '0'", "bench", "--workers", "1000,0")]
    [InlineData("crowdsim bench: unexpected argument 'extra' (see crowdsim bench --help)", "bench", "extra")]
    [InlineData("crowdsim bench: unexpected argument '2000' (see crowdsim bench --help)", "bench", "--workers", "1000", "2000")]
    [InlineData("crowdsim bench: option --workers given more than once", "bench", "--workers", "1000", "--workers", "2000")]
    [InlineData("crowdsim silo: --cluster redis://HOST:PORT is required: the Redis that holds the cluster's membership", "silo")]
    [InlineData("crowdsim silo: --address expects an IP address like 10.0.0.5, got 'here'", "silo", "--cluster", "redis://127.0.0.1:6379", "--address", "here")]
    [InlineData("crowdsim silo: --port expects a whole number from 0 to 65535, got '70000'", "silo", "--cluster", "redis://127.0.0.1:6379", "--port", "70000")]
    [InlineData("crowdsim: unknown command 'rn'; did you mean run?", "rn", "s.yaml")]
    [InlineData("crowdsim: unknown command 'simulate'; expected run, sweep, compare, report, validate, bench or silo (see crowdsim --help)", "simulate")]
    [InlineData("crowdsim: unknown option --verison; did you mean --version?", "--verison")]
    public async Task BadCommandLine_ExitsTwo_WithOneLineNamingTheProblem(string message, params string[] args)
    {
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Equal(message + "\n", cli.Error);
        Assert.Equal("", cli.Out);
    }

    [Fact]
    public async Task BadClusterAddress_ExitsTwo_WithTheAddressChecksMessage()
    {
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync("run", "s.yaml", "--cluster", "http://example");

        Assert.Equal(2, exit);
        Assert.StartsWith("crowdsim run: ", cli.Error, StringComparison.Ordinal);
        Assert.Single(cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task HelpWins_OverOtherMistakes()
    {
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync("run", "--sead", "3", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Usage:\n  crowdsim run", cli.Out, StringComparison.Ordinal);
    }
}
