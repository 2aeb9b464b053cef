using CrowdSim.Model.Market;

namespace CrowdSim.Grains.Messages;

/// <summary>What one platform reports to one cohort at the end of a tick, in the order it happened.</summary>
[GenerateSerializer, Immutable]
public sealed record OutcomeBatch(
    [property: Id(0)] int Tick,
    [property: Id(1)] long TickEndMs,
    [property: Id(2)] WorkerOutcome[] Outcomes);
