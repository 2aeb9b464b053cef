using System.CommandLine;
using CrowdSim.Cli.Commands;
using Spectre.Console;

namespace CrowdSim.Cli.Tests;

/// <summary>The crowdsim command line with its output captured: parse, or run, in this process.</summary>
internal sealed class CapturedCommandLine : IDisposable
{
    private readonly StringWriter _out = new() { NewLine = "\n" };
    private readonly StringWriter _error = new() { NewLine = "\n" };

    public CapturedCommandLine()
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_out),
        });
        ansi.Profile.Width = 120;
        Console = new CommandConsole(ansi, _out, _error);
        Root = CrowdSimCommandLine.Build(Console, int.MaxValue);
    }

    public CommandConsole Console { get; }

    public Command Root { get; }

    public string Out => _out.ToString();

    public string Error => _error.ToString();

    public T Command<T>()
        where T : Command => Root.Subcommands.OfType<T>().Single();

    public ParseResult Parse(params string[] args) => CrowdSimCommandLine.Parse(Root, args);

    public void Dispose()
    {
        _out.Dispose();
        _error.Dispose();
    }

    /// <summary>Runs the command line as <c>crowdsim</c> would, with help not wrapped.</summary>
    public Task<int> RunAsync(params string[] args) =>
        CrowdSimCommandLine.InvokeAsync(args, Console, CancellationToken.None, int.MaxValue);

    /// <summary>
    /// Runs the command line as if Ctrl-C had been pressed before it began: a command does what it
    /// does before starting a silo (read and check its scenarios, say what it must), then stops.
    /// </summary>
    public Task<int> RunCancelledAsync(params string[] args) =>
        CrowdSimCommandLine.InvokeAsync(args, Console, new CancellationToken(canceled: true), int.MaxValue);
}
