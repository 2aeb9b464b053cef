using System.Text.Json;
using CrowdSim.Results;

namespace CrowdSim.Cli.Tests;

/// <summary>
/// <c>compare</c> runs the replications the files ask for (<c>replications:</c>) unless told
/// otherwise, instead of a silent 10 (issue 14, item 14).
/// </summary>
public class CompareReplicationsTests
{
    [Fact]
    public async Task Compare_RunsTheReplicationsTheFilesAskFor()
    {
        var folder = Files(("a.yaml", 2), ("b.yaml", 2));
        var output = Path.Combine(folder, "out");
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync("compare", Path.Combine(folder, "a.yaml"), Path.Combine(folder, "b.yaml"), "--days", "1", "--out", output, "--quiet");

        // Both extend tiny.yaml, whose day-2 event falls after the 1-day run: noted once.
        Assert.Equal((0, $"{Path.Combine(folder, "tiny.yaml")}:34:10: note: event (automation_shock) at day 2 falls after the 1-day horizon and will not happen\n"), (exit, cli.Error));
        Assert.Contains("\n4 runs in ", "\n" + cli.Out, StringComparison.Ordinal);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, ExperimentFiles.Manifest)));
        Assert.EndsWith("--replications 2 --days 1 --workers-per-grain 1000", manifest.RootElement.GetProperty("command").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_OfFilesAskingForDifferentReplications_IsRefusedInOneLine()
    {
        var folder = Files(("a.yaml", 2), ("b.yaml", 3));
        var (a, b) = (Path.Combine(folder, "a.yaml"), Path.Combine(folder, "b.yaml"));
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunAsync("compare", a, b, "--out", Path.Combine(folder, "out"));

        Assert.Equal((2, $"crowdsim: the files ask for different numbers of replications ({a} 2, {b} 3); give --replications R\n"), (exit, cli.Error));
    }

    [Fact]
    public async Task Compare_WithReplicationsGiven_DoesNotMindTheFilesDisagreeing()
    {
        var folder = Files(("a.yaml", 2), ("b.yaml", 3));
        using var cli = new CapturedCommandLine();

        var exit = await cli.RunCancelledAsync("compare", Path.Combine(folder, "a.yaml"), Path.Combine(folder, "b.yaml"), "--replications", "4", "--out", Path.Combine(folder, "out"));

        Assert.Equal((1, "crowdsim: cancelled; no results were written\n"), (exit, cli.Error));
    }

    /// <summary>A folder with tiny.yaml and, for each (name, replications), a file extending it that asks for them.</summary>
    private static string Files(params (string Name, int Replications)[] files)
    {
        var folder = TempFolders.New("compare-replications");
        Directory.CreateDirectory(folder);
        File.Copy(TestScenarios.Tiny, Path.Combine(folder, "tiny.yaml"));
        foreach (var (name, replications) in files)
            File.WriteAllText(Path.Combine(folder, name), $"extends: tiny.yaml\nname: {Path.GetFileNameWithoutExtension(name)}\nreplications: {replications}\n");
        return folder;
    }
}
