using System.CommandLine;
using CrowdSim.Results;
using CrowdSim.Reporting;
using Spectre.Console;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// <c>crowdsim report DIR</c>: rebuilds the report of a results folder (a run's, or an
/// experiment's) from the files on disk: <c>report.html</c>, one self-contained page, and its
/// charts as PNG and SVG under <c>charts/</c>.
/// </summary>
internal sealed class ReportCommand : Command
{
    private readonly CommandConsole _console;

    public ReportCommand(CommandConsole console)
        : base("report", "Rebuild report.html and its charts from a results folder on disk (a run's or an experiment's).")
    {
        _console = console;
        Add(Folder);
        SetAction(Execute);
    }

    public Argument<string> Folder { get; } = new("DIR") { Description = "The results folder of a run or an experiment." };

    private int Execute(ParseResult parse)
    {
        var folder = parse.GetValue(Folder)!;
        if (!Directory.Exists(folder))
            throw new UsageException($"{folder}: no such folder");
        if (!ReportBuilder.HasResults(folder))
            throw new UsageException($"{folder} holds no results: expected a run's folder ({RunFiles.RequiredText}) or an experiment's ({ExperimentFiles.Manifest})");
        string path;
        try
        {
            path = ReportBuilder.Build(folder);
        }
        catch (ReportInputException e)
        {
            throw new UsageException(e.Message);
        }
        _console.Ansi.WriteLine($"Report: {Path.GetRelativePath(Environment.CurrentDirectory, path)}");
        return ExitCodes.Success;
    }
}
