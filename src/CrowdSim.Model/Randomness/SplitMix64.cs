using System.Runtime.CompilerServices;

namespace CrowdSim.Model.Randomness;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014):
/// a state that advances by a fixed odd increment, and a finaliser that spreads its bits. The random
/// streams, the replication seeds and the tests that need a well-spread number from a small one use
/// this one definition.
/// </summary>
public static class SplitMix64
{
    /// <summary>The increment between successive states: 2^64 divided by the golden ratio, made odd.</summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15UL;

    /// <summary>The finaliser: a bijection of 64-bit values in which every input bit moves every output bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Output <paramref name="index"/> of the sequence whose state starts at <paramref name="state"/>: Mix(state + index × Gamma).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong At(ulong state, ulong index) => Mix(state + (index * Gamma));
}
