using CrowdSim.Model.Market;

namespace CrowdSim.Grains.Messages;

/// <summary>Tasks posted in one tick, on their way to a vendor or a platform. The array is never changed after sending.</summary>
[GenerateSerializer, Immutable]
public sealed record TaskBatch([property: Id(0)] PostedTask[] Tasks);
