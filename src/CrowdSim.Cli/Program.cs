using System.Globalization;
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
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await CrowdSimCommandLine.InvokeAsync(args, new CommandConsole(console, Console.Out, Console.Error), cancellation.Token);
