using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace CrowdSim.Cli.Commands;

/// <summary>System.CommandLine's help, followed on the top-level page by what the exit codes mean.</summary>
internal sealed class HelpWithExitCodes : SynchronousCommandLineAction
{
    public const string ExitCodesText = """
        Exit codes:
          0  success
          1  anything else: a crash, a cluster that cannot be reached, a cancelled run (Ctrl-C)
          2  bad input: the command line, a missing or invalid scenario, an output folder that is not empty,
             a checkpoint folder that cannot be resumed; nothing is written

        Run 'crowdsim COMMAND --help' for a command's options and their defaults.
        """;

    private readonly HelpAction _help = new();

    /// <param name="width">Wrap help at this many columns; null for the terminal's width (no wrapping when output is redirected).</param>
    public HelpWithExitCodes(int? width)
    {
        if (width is { } w)
            _help.MaxWidth = w;
    }

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        _help.Invoke(parseResult);
        if (parseResult.CommandResult.Parent is null)
            parseResult.InvocationConfiguration.Output.WriteLine(ExitCodesText);
        return ExitCodes.Success;
    }
}
