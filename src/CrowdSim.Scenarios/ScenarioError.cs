namespace CrowdSim.Scenarios;

/// <summary>
/// One problem found in a scenario. <see cref="Line"/> and <see cref="Column"/> are 1-based
/// and point at the offending YAML node; both are 0 for problems with the file as a whole
/// (missing, empty, too large).
/// </summary>
/// <param name="File">
/// Where the offending value was written: the file given to the loader, a file it extends (as
/// resolved from the file naming it), or <c>--set</c> for an override, whose line is then the
/// override's number (1 for the first) and whose column is in its <c>PATH=VALUE</c> text.
/// </param>
/// <param name="Line">1-based line, or 0 for a file-level problem.</param>
/// <param name="Column">1-based column, or 0 for a file-level problem.</param>
/// <param name="Text">What is wrong and what was expected.</param>
public sealed record ScenarioError(string File, int Line, int Column, string Text)
{
    /// <summary>True when the problem concerns the file as a whole rather than one place in it.</summary>
    public bool IsFileLevel => Line == 0;

    /// <summary>Formats the error like a compiler: <c>file:line:column: text</c>, or <c>file: text</c> for a file-level problem.</summary>
    public override string ToString() =>
        IsFileLevel ? $"{File}: {Text}" : $"{File}:{Line}:{Column}: {Text}";
}
