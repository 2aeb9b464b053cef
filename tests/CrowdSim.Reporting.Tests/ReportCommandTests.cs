using CrowdSim.Cli;
using CrowdSim.Cli.Commands;
using CrowdSim.Results;
using Spectre.Console;

namespace CrowdSim.Reporting.Tests;

[Collection(ResultsCollection.Name)]
public sealed class ReportCommandTests(ResultsFixture results)
{
    [Fact]
    public void Execute_RunFolder_RebuildsTheReportAndPrintsItsPath()
    {
        var (console, output) = Console();

        var code = ReportCommand.Execute(new Arguments([results.RunFolder], new HashSet<string>()), console);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains(RunFiles.Report, output.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(results.RunFolder, RunFiles.Report)));
    }

    [Fact]
    public void Execute_MissingFolder_IsAUsageError()
    {
        var folder = TestPaths.NewTempFolder("missing");

        var error = Assert.Throws<UsageException>(() => ReportCommand.Execute(new Arguments([folder], new HashSet<string>()), Console().Console));

        Assert.Contains("no such folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_FolderWithoutResults_IsAUsageError()
    {
        var folder = Path.GetDirectoryName(TestPaths.Scenario("tiny.yaml"))!;

        var error = Assert.Throws<UsageException>(() => ReportCommand.Execute(new Arguments([folder], new HashSet<string>()), Console().Console));

        Assert.Contains("holds no results", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_NoFolder_IsAUsageError() =>
        Assert.Throws<UsageException>(() => ReportCommand.Execute(new Arguments([], new HashSet<string>()), Console().Console));

    private static (IAnsiConsole Console, StringWriter Output) Console()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(output) });
        return (console, output);
    }
}
