using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// The <c>crowdsim</c> command line, declared once: every command with its typed options, their
/// descriptions and defaults. Help, parse errors (one line, exit code 2) and the exit codes of
/// failures all come from here; tests build the tree and parse without running anything.
/// </summary>
public static class CrowdSimCommandLine
{
    public const string Name = "crowdsim";

    /// <summary>Response files (<c>@file</c>) are off: a scenario path is never read as a list of arguments.</summary>
    public static ParserConfiguration Parsing { get; } = new() { ResponseFileTokenReplacer = null };

    /// <summary>The command tree; actions write to <paramref name="console"/>.</summary>
    /// <param name="helpWidth">Wrap help at this many columns; null for the terminal's width.</param>
    public static Command Build(CommandConsole console, int? helpWidth = null)
    {
        var root = new Command(Name, "A simulator of the AI data-annotation labour market, on Microsoft Orleans.")
        {
            new HelpOption { Action = new HelpWithExitCodes(helpWidth) },
            new VersionOption { Action = new VersionAction() },
            new RunCommand(console),
            new SweepCommand(console),
            new CompareCommand(console),
            new ReportCommand(console),
            new ValidateCommand(console),
            new BenchCommand(console),
            new SiloCommand(console),
        };
        foreach (var command in root.Subcommands)
            ParseProblem.RejectOptionsAsValues(command);
        return root;
    }

    /// <summary>Parses <paramref name="args"/> (without the program's name); <c>help [COMMAND]</c> is read as <c>[COMMAND] --help</c>.</summary>
    public static ParseResult Parse(Command root, IReadOnlyList<string> args) =>
        root.Parse(args.Count > 0 && args[0] == "help" ? [.. args.Skip(1), "--help"] : args, Parsing);

    /// <summary>Parses and runs a command line; returns the process exit code.</summary>
    public static async Task<int> InvokeAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellation, int? helpWidth = null)
    {
        var root = Build(console, helpWidth);
        var parsed = Parse(root, args);
        var invocation = new InvocationConfiguration
        {
            // Failures are mapped to exit codes below; Ctrl-C is the caller's (cancellation), so that a run can stop cleanly.
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
            Output = console.Out,
            Error = console.Error,
        };
        if (parsed.Action is ParseErrorAction)
        {
            if (args.Count == 0)
                await parsed.RootCommandResult.Command.Parse(["--help"], Parsing).InvokeAsync(invocation, cancellation);
            await console.Error.WriteLineAsync(ParseProblem.Describe(parsed));
            return ExitCodes.BadInput;
        }
        try
        {
            return await parsed.InvokeAsync(invocation, cancellation);
        }
        catch (Exception e)
        {
            return FailureExitCodes.Report(e, console.Error);
        }
    }
}
