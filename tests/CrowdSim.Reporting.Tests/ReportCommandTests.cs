using CrowdSim.Cli;
using CrowdSim.Cli.Commands;
using CrowdSim.Results;
using Spectre.Console;

namespace CrowdSim.Reporting.Tests;

/// <summary><c>crowdsim report DIR</c>, run in this process through the declared command line.</summary>
[Collection(ResultsCollection.Name)]
public sealed class ReportCommandTests(ResultsFixture results)
{
    [Fact]
    public async Task Report_RunFolder_RebuildsTheReportAndPrintsItsPath()
    {
        var (code, output, _) = await ReportAsync(results.RunFolder);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains(RunFiles.Report, output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(results.RunFolder, RunFiles.Report)));
    }

    [Fact]
    public async Task Report_MissingFolder_IsBadInput()
    {
        var folder = TempFolders.New("missing");

        var (code, _, error) = await ReportAsync(folder);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("no such folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_FolderWithoutResults_IsBadInput()
    {
        var folder = Path.GetDirectoryName(TestScenarios.Tiny)!;

        var (code, _, error) = await ReportAsync(folder);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("holds no results", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_NoFolder_IsBadInput()
    {
        var (code, _, error) = await ReportAsync();

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("missing DIR", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> ReportAsync(params string[] folder)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(output) });
        var code = await CrowdSimCommandLine.InvokeAsync(["report", .. folder], new CommandConsole(console, output, error), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
