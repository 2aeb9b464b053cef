namespace CrowdSim.Scenarios;

/// <summary>
/// What the command line changes about a scenario file as it is loaded. Every change is made to
/// the scenario before it is checked, so a scenario is checked once, as it will run: in order,
/// the file and those it extends, then <see cref="Overrides"/>, then <see cref="Days"/>, then (for one
/// variant of a sweep) the variant's values.
/// </summary>
public sealed record ScenarioLoadOptions
{
    /// <summary>No changes: the file as written, extending files in its own folder.</summary>
    public static ScenarioLoadOptions None { get; } = new();

    /// <summary><c>--set PATH=VALUE</c> overrides, applied in order.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary><c>--days N</c>: the horizon, in place of the file's <c>days</c>; null to keep it.</summary>
    public int? Days { get; init; }

    /// <summary>
    /// <c>--scenario-root DIR</c>: the folder whose files (and those below it) a scenario may
    /// extend; null for the folder of the scenario file given.
    /// </summary>
    public string? ScenarioRoot { get; init; }
}
