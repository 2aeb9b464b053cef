namespace CrowdSim.DocGen;

/// <summary>Whether a stylised fact comes out of its mechanism, judged from the replications (<see cref="FactVerdicts"/>).</summary>
internal enum FactVerdict
{
    /// <summary>The interval with the mechanism excludes the value without it and lies on the published side of it.</summary>
    Emerges,

    /// <summary>The mean moves towards the published side but the interval still holds the value without the mechanism, or only some of a fact's measures emerge.</summary>
    Partly,

    /// <summary>Neither.</summary>
    DoesNotEmerge,
}
