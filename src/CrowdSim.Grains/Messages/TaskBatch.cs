using CrowdSim.Model.Market;

namespace CrowdSim.Grains.Messages;

/// <summary>
/// Tasks a lab posts on a platform, for one tick or several coming ones: segment k holds tasks of tick
/// <c>Ticks[k]</c>, as the lab created them (one segment per source: the lab's own posts, each vendor's),
/// so that neither side copies a large burst into one array. The arrays are never changed after sending.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TaskBatch([property: Id(0)] int[] Ticks, [property: Id(1)] PostedTask[][] Tasks);
