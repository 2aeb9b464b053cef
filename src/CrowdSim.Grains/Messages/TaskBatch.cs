using CrowdSim.Model.Market;

namespace CrowdSim.Grains.Messages;

/// <summary>
/// Tasks a lab posts on a platform, for one tick or several coming ones: each task belongs to the
/// tick its posting time falls in. The array is never changed after sending.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TaskBatch([property: Id(0)] PostedTask[] Tasks);
