namespace CrowdSim.Experiments.Statistics;

/// <summary>
/// Seeds of replications: replication 0 runs with the scenario's own seed (so a single replication
/// reproduces a plain run), replication k with a seed mixed from it (SplitMix64). A comparison
/// gives every scenario the baseline's seeds: common random numbers.
/// </summary>
public static class ReplicationSeeds
{
    /// <summary>The seed of replication <paramref name="k"/> (0-based).</summary>
    public static ulong For(ulong baseSeed, int k)
    {
        if (k == 0)
            return baseSeed;
        var z = baseSeed + ((ulong)k * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
