using CrowdSim.Runs.Output;

namespace CrowdSim.Cli.Tests;

/// <summary>
/// Every command that writes a results folder checks it, and claims it, before anything is written
/// and before any silo starts: one in use by another run, not empty, or below a file is the user's
/// input (exit code 2), one that cannot be written is the machine's (exit code 1), each in one line.
/// </summary>
public class OutputFolderTests
{
    // Nothing listens there: a command that reached for the cluster first would fail to reach it (exit code 1).
    private const string Unreachable = "redis://127.0.0.1:1";

    public static TheoryData<string> Commands => new()
    {
        "run",
        "run --checkpoint-every 1d",
        "run --replications 2",
        "compare",
        "sweep",
    };

    private static string[] Args(string command, string output)
    {
        var words = command.Split(' ');
        string[] files = words[0] == "compare" ? [TestScenarios.Tiny, TestScenarios.Tiny] : [TestScenarios.Tiny];
        string[] sweep = words[0] == "sweep" ? ["--set", "workers.ke-pool.count=80,100"] : [];
        return [words[0], .. files, .. words[1..], .. sweep, "--out", output, "--cluster", Unreachable, "--quiet"];
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_non_empty_out_is_refused_before_any_cluster_is_reached(string command)
    {
        var output = TempFolders.New("cli-not-empty");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "keep.txt"), "mine");
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync(Args(command, output));

        Assert.Equal(2, exit);
        Assert.Equal($"crowdsim: {output}: already exists and is not empty; choose another --out\n", cli.Error);
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task An_out_in_use_by_another_run_is_refused_at_once(string command)
    {
        var output = TempFolders.New("cli-in-use");
        using var running = FolderLock.Claim(output);
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync(Args(command, output));

        Assert.Equal(2, exit);
        Assert.Equal($"crowdsim: {output}: in use by another crowdsim run (pid {Environment.ProcessId}); wait for it to end, or choose another folder\n", cli.Error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task An_out_below_a_file_is_bad_input()
    {
        var file = TempFolders.New("cli-file");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "x");
        var output = Path.Combine(file, "run");
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync(Args("run", output));

        Assert.Equal(2, exit);
        Assert.Equal($"crowdsim: {output}: {file} is a file, not a folder\n", cli.Error);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task An_out_that_cannot_be_written_is_a_failure_of_the_machine_in_one_line(string command)
    {
        // /sys refuses new files even to root.
        var output = Path.Combine("/sys", $"crowdsim-cli-test-{Environment.ProcessId}");
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync(Args(command, output));

        Assert.Equal(1, exit);
        Assert.Equal($"crowdsim: {output}: cannot be written: permission denied\n", cli.Error);
    }
}
