namespace CrowdSim.DocGen;

/// <summary>One value of the scenario that a sensitivity input moves: its <c>--set</c> path and its value in the scenario.</summary>
internal sealed record ScaledValue(string Path, double Base, ScaleKind Kind)
{
    /// <summary>The value times <paramref name="factor"/>, as <c>--set</c> takes it.</summary>
    public string Value(double factor) => Kind switch
    {
        ScaleKind.Share => DocNumbers.Plain(Math.Min(1.0, Base * factor)),
        ScaleKind.HoursAsDuration => $"{Math.Round(Base * factor * 60)}m",
        _ => DocNumbers.Plain(Base * factor),
    };
}
