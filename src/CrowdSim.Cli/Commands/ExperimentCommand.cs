using System.Globalization;
using CrowdSim.Cli.Terminal;
using CrowdSim.Experiments;
using CrowdSim.Experiments.Output;
using CrowdSim.Results;
using CrowdSim.Results.Experiment;
using CrowdSim.Runs;
using CrowdSim.Runs.Hosting;
using CrowdSim.Runs.Output;
using Spectre.Console;

namespace CrowdSim.Cli.Commands;

/// <summary>Runs an experiment (replications, a sweep or a comparison) on the embedded silo, writes its tables, manifest and report.</summary>
internal static class ExperimentCommand
{
    public static async Task<ExperimentResult> RunAsync(
        IAnsiConsole console,
        bool quiet,
        string title,
        ExperimentRequest request,
        string? clusterAddress,
        CancellationToken cancellation)
    {
        // The folder first: one in use or not empty is refused before any silo starts.
        using var folder = ResultsFolder.Create(request.OutputPath);
        await using var cluster = await RunCluster.StartAsync(clusterAddress, cancellation);
        // The tables, manifest and report are written in the staging folder, before it is moved into place.
        var runner = new ExperimentRunner(cluster.Grains, cluster.Name, cluster.Watch) { Finishing = staging => Reporting.ReportBuilder.Build(staging) };
        return await ExperimentProgressDisplay.RunAsync(console, quiet, title, progress => runner.RunAsync(request, folder, progress, cancellation));
    }

    /// <summary>Default experiment folder: <c>results/&lt;name&gt;/&lt;UTC time&gt;-&lt;kind&gt;</c>.</summary>
    public static string DefaultFolder(string name, string kind) => Path.Combine(
        "results",
        FolderNames.Safe(name),
        FolderNames.Safe($"{DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}-{kind}"));

    public static void PrintFooter(IAnsiConsole console, ExperimentResult result)
    {
        var runs = result.Cells.Sum(c => c.Finished.Count());
        var total = result.Cells.Count * result.Request.Replications;
        console.WriteLine(result.Cancelled
            ? $"Cancelled: {runs} of {total} runs finished and were kept."
            : $"{runs} runs in {result.WallSeconds:F1} s.");
        console.WriteLine($"Results: {Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(result.Request.OutputPath))} ({RunFiles.Report}, {ExperimentFiles.Aggregate}{(result.Cells.Count > 1 ? ", " + ExperimentFiles.Comparison : "")}, {ExperimentFiles.Manifest})");
    }
}
