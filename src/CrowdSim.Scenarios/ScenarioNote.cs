namespace CrowdSim.Scenarios;

/// <summary>
/// Something about a valid scenario that its author may not expect, such as an event that falls
/// after the end of the run: it does not stop the scenario from loading, but every command says
/// it, once, on standard error.
/// </summary>
/// <param name="File">Where the value concerned was written, as for <see cref="ScenarioError.File"/>.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Text">What will happen.</param>
public sealed record ScenarioNote(string File, int Line, int Column, string Text)
{
    /// <summary>Like a compiler's note: <c>file:line:column: note: text</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: note: {Text}";
}
