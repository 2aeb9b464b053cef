using CrowdSim.Model.Randomness;

namespace CrowdSim.Experiments.Statistics;

/// <summary>
/// Seeds of replications: replication 0 runs with the scenario's own seed (so a single replication
/// reproduces a plain run), replication k with output k of the <see cref="SplitMix64"/> sequence
/// that starts at the scenario's seed. A comparison
/// gives every scenario the baseline's seeds: common random numbers.
/// </summary>
public static class ReplicationSeeds
{
    /// <summary>The seed of replication <paramref name="k"/> (0-based).</summary>
    public static ulong For(ulong baseSeed, int k) => k == 0 ? baseSeed : SplitMix64.At(baseSeed, (ulong)k);
}
