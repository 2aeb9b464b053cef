using Spectre.Console;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// Where the commands write: <paramref name="Ansi"/> for tables and progress (standard output),
/// <paramref name="Out"/> for plain lines and help (standard output), <paramref name="Error"/> for
/// problems. Tests give writers of their own.
/// </summary>
public sealed record CommandConsole(IAnsiConsole Ansi, TextWriter Out, TextWriter Error);
