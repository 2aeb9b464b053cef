using System.Globalization;
using CrowdSim.Cli;
using CrowdSim.Cli.Commands;
using CrowdSim.Runs.Output;
using CrowdSim.Scenarios;
using Spectre.Console;

// crowdsim: the command line of the CrowdSim annotation-market simulator.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
// Plain text when output goes to a file or a pipe: no colour codes, no live display.
var console = AnsiConsole.Create(new AnsiConsoleSettings
{
    Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
    Interactive = Console.IsOutputRedirected ? InteractionSupport.No : InteractionSupport.Detect,
});
if (Console.IsOutputRedirected)
    console.Profile.Width = 120;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

const string Help = """
    crowdsim — a simulator of the AI data-annotation labour market, on Microsoft Orleans.

    Usage:
      crowdsim run FILE [--set path=value]... [--seed N] [--replications R] [--parallel P] [--task-log]
                        [--out DIR] [--workers-per-grain K] [--days N] [--checkpoint-every 1d] [--cluster redis://HOST:PORT] [--quiet]
      crowdsim run --resume CHECKPOINT_DIR [--cluster redis://HOST:PORT] [--quiet]
      crowdsim sweep FILE [--set path=v1,v2,...]... [--replications R] [--parallel P] [--out DIR] [--cluster ADDR] [--quiet]
      crowdsim compare BASELINE VARIANT... [--replications R] [--parallel P] [--set path=value]... [--out DIR] [--cluster ADDR] [--quiet]
      crowdsim report DIR
      crowdsim validate FILE... [--set path=value]...
      crowdsim bench [--workers N[,N...]] [--days D] [--workers-per-grain K[,K...]] [--scenario FILE] [--checkpoint-every 1d] [--cluster ADDR] [--out FILE]
      crowdsim silo --cluster redis://HOST:PORT [--name N] [--address IP] [--port P] [--gateway-port G]
      crowdsim --version

    Exit codes: 0 success, 2 bad input (scenario, arguments, output folder), 1 anything else.
    """;

try
{
    if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
    {
        Console.WriteLine(Help);
        return args.Length == 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }
    if (args[0] == "--version")
    {
        Console.WriteLine(typeof(ExitCodes).Assembly.GetName().Version?.ToString(3));
        return ExitCodes.Success;
    }
    var rest = args.Skip(1);
    return args[0] switch
    {
        "run" => await RunCommand.ExecuteAsync(new Arguments(rest, new HashSet<string> { "quiet", "task-log" }), console, cancellation.Token),
        "sweep" => await SweepCommand.ExecuteAsync(new Arguments(rest, new HashSet<string> { "quiet" }), console, cancellation.Token),
        "compare" => await CompareCommand.ExecuteAsync(new Arguments(rest, new HashSet<string> { "quiet" }), console, cancellation.Token),
        "report" => ReportCommand.Execute(new Arguments(rest, new HashSet<string>()), console),
        "validate" => ValidateCommand.Execute(new Arguments(rest, new HashSet<string>()), console),
        "bench" => await BenchCommand.ExecuteAsync(new Arguments(rest, new HashSet<string>()), cancellation.Token),
        "silo" => await SiloCommand.ExecuteAsync(new Arguments(rest, new HashSet<string>()), cancellation.Token),
        _ => throw new UsageException($"unknown command '{args[0]}'; expected run, sweep, compare, report, validate, bench or silo (crowdsim --help)"),
    };
}
catch (ScenarioException e)
{
    foreach (var error in e.Errors)
        Console.Error.WriteLine(error.ToString());
    return ExitCodes.BadInput;
}
catch (Exception e) when (e is UsageException or OutputFolderException or CrowdSim.Runs.Checkpoints.CheckpointException)
{
    Console.Error.WriteLine($"crowdsim: {e.Message}");
    return ExitCodes.BadInput;
}
catch (CrowdSim.Runs.Hosting.ClusterUnavailableException e)
{
    Console.Error.WriteLine($"crowdsim: {e.Message}");
    return ExitCodes.Failure;
}
catch (CrowdSim.Runs.Hosting.SiloLostException e)
{
    Console.Error.WriteLine($"crowdsim: {e.Message}; there was no checkpoint to go back to (see --checkpoint-every), so the run stopped");
    return ExitCodes.Failure;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("crowdsim: cancelled; no results were written");
    return ExitCodes.Failure;
}
catch (Exception e)
{
    Console.Error.WriteLine($"crowdsim: failed: {e}");
    return ExitCodes.Failure;
}
