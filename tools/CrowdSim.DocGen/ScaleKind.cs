namespace CrowdSim.DocGen;

/// <summary>How a scaled scenario value is written back as a <c>--set</c> value.</summary>
internal enum ScaleKind
{
    /// <summary>A plain number.</summary>
    Number,

    /// <summary>A share, capped at 1.</summary>
    Share,

    /// <summary>A duration given in hours, written as whole minutes (<c>144m</c>).</summary>
    HoursAsDuration,
}
