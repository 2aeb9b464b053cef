using CrowdSim.Model.Market;

namespace CrowdSim.Grains.Messages;

/// <summary>What one platform reports to one cohort at the end of a tick, in the order it happened (packed: see <see cref="Packed"/>).</summary>
[GenerateSerializer, Immutable]
public sealed record OutcomeBatch(
    [property: Id(0)] int Tick,
    [property: Id(1)] long TickEndMs,
    [property: Id(2)] byte[] PackedOutcomes)
{
    public static OutcomeBatch Of(int tick, long tickEndMs, ReadOnlySpan<WorkerOutcome> outcomes) => new(tick, tickEndMs, Packed.Of(outcomes));

    public ReadOnlySpan<WorkerOutcome> Outcomes => Packed.As<WorkerOutcome>(PackedOutcomes);
}
