using CrowdSim.Scenarios;

namespace CrowdSim.Cli.Commands;

/// <summary>
/// Prints the notes on the scenarios a command loaded (an event after the end of the run), each
/// once, on standard error, before anything runs: the same way for every command.
/// </summary>
internal static class ScenarioNotes
{
    public static void Print(TextWriter error, IEnumerable<ScenarioNote> notes)
    {
        foreach (var line in notes.Select(n => n.ToString()).Distinct(StringComparer.Ordinal))
            error.WriteLine(line);
    }
}
