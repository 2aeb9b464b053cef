using CrowdSim.Reporting;
using Spectre.Console;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// <c>crowdsim report DIR</c>: rebuilds the report of a results folder (a run's, or an
/// experiment's) from the files on disk: <c>report.html</c>, one self-contained page, and its
/// charts as PNG and SVG under <c>charts/</c>.
/// </summary>
public static class ReportCommand
{
    public const string Usage = "crowdsim report DIR";

    public static int Execute(Arguments args, IAnsiConsole console)
    {
        args.RejectUnknown();
        if (args.Positional.Count != 1)
            throw new UsageException($"report needs exactly one results folder: {Usage}");
        var folder = args.Positional[0];
        if (!Directory.Exists(folder))
            throw new UsageException($"{folder}: no such folder ({Usage})");
        if (!ReportBuilder.HasResults(folder))
            throw new UsageException($"{folder} holds no results: expected a run's folder (summary.json, timeseries.csv, workers.csv) or an experiment's (experiment.json)");
        string path;
        try
        {
            path = ReportBuilder.Build(folder);
        }
        catch (ReportInputException e)
        {
            throw new UsageException(e.Message);
        }
        console.WriteLine($"Report: {Path.GetRelativePath(Environment.CurrentDirectory, path)}");
        return ExitCodes.Success;
    }
}
