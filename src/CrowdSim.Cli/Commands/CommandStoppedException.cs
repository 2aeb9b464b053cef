namespace CrowdSim.Cli.Commands;

/// <summary>
/// A command stopped (cancelled by Ctrl-C or SIGTERM) and knows what the user should be told, in one
/// line: where it stopped and how to carry on. Exit code 1.
/// </summary>
public sealed class CommandStoppedException(string message, Exception inner) : Exception(message, inner);
