using CrowdSim.Model.Market;

namespace CrowdSim.Grains.Messages;

/// <summary>Tasks a lab posts on a platform for tick <paramref name="Tick"/>. The array is never changed after sending.</summary>
[GenerateSerializer, Immutable]
public sealed record TaskBatch([property: Id(0)] int Tick, [property: Id(1)] PostedTask[] Tasks);
