namespace CrowdSim.Scenarios;

/// <summary>
/// Thrown when a scenario file cannot be turned into a valid scenario. Carries every problem
/// found, not just the first; <see cref="Exception.Message"/> lists them one per line.
/// </summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception from the problems found, in file order.</summary>
    public ScenarioException(IReadOnlyList<ScenarioError> errors)
        : base(string.Join('\n', errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found in the file, ordered by position.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }
}
