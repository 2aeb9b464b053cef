namespace CrowdSim.Scenarios;

/// <summary>
/// Thrown when a scenario file, with the files it extends and any overrides, cannot be turned into
/// a valid scenario. Carries every problem found, not just the first; <see cref="Exception.Message"/>
/// lists them one per line.
/// </summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception from the problems found, in order of file and position.</summary>
    public ScenarioException(IReadOnlyList<ScenarioError> errors)
        : base(string.Join('\n', errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, ordered by file (the one loaded first, then those it extends, then overrides) and position.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }
}
