using System.Globalization;
using System.Runtime.InteropServices;
using CrowdSim.Cli.Commands;
using Spectre.Console;

// crowdsim: the command line of the CrowdSim annotation-market simulator (CrowdSimCommandLine declares it).
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
// Ctrl-C and SIGTERM (what Docker, Kubernetes, systemd and `timeout` send first) both stop a command
// at its next barrier: checkpoints are kept, staging folders removed, and it exits 1 with one line.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});
return await CrowdSimCommandLine.InvokeAsync(args, new CommandConsole(console, Console.Out, Console.Error), cancellation.Token);
