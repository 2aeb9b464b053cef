namespace CrowdSim.DocGen;

/// <summary>Where a model value lies relative to a published range.</summary>
internal enum RangeSide
{
    Below,
    Within,
    Above,
}
