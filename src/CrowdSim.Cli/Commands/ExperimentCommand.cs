using System.Globalization;
using CrowdSim.Cli.Terminal;
using CrowdSim.Experiments;
using CrowdSim.Experiments.Output;
using CrowdSim.Results;
using CrowdSim.Results.Experiment;
using CrowdSim.Runs;
using CrowdSim.Runs.Hosting;
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
        await using var cluster = await RunCluster.StartAsync(clusterAddress, cancellation);
        var runner = new ExperimentRunner(cluster.Grains, cluster.Name, cluster.Watch);
        var result = await ExperimentProgressDisplay.RunAsync(console, quiet, title, progress => runner.RunAsync(request, progress, cancellation));
        ExperimentWriter.WriteManifest(request.OutputPath, ExperimentManifest.Of(result));
        ExperimentWriter.WriteAggregate(request.OutputPath, ExperimentTables.Aggregate(result));
        if (result.Cells.Count > 1)
            ExperimentWriter.WriteComparison(request.OutputPath, ExperimentTables.Compare(result));
        Reporting.ReportBuilder.Build(request.OutputPath);
        return result;
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
