using CrowdSim.Model.Market;

namespace CrowdSim.Grains.Messages;

/// <summary>Tasks a lab posts on a platform in one tick. The array is never changed after sending.</summary>
[GenerateSerializer, Immutable]
public sealed record TaskBatch([property: Id(0)] PostedTask[] Tasks);
