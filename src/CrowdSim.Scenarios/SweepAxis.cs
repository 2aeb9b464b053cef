namespace CrowdSim.Scenarios;

/// <summary>
/// One axis of a sweep: a place in the scenario and the values it takes in turn.
/// </summary>
/// <param name="Path">The place, in the syntax of <c>--set</c> (e.g. <c>workers.ke-crowd.count</c>).</param>
/// <param name="Values">Each value as YAML text, as written in the file (e.g. <c>0.8</c>, <c>"+03:00"</c>, <c>[a, b]</c>).</param>
public sealed record SweepAxis(string Path, IReadOnlyList<string> Values)
{
    /// <summary>The override giving this axis its value number <paramref name="index"/>, as <c>--set</c> takes it: <c>path=value</c>.</summary>
    public string Override(int index) => $"{Path}={Values[index]}";
}
