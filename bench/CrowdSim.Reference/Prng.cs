namespace CrowdSim.Reference;

/// <summary>
/// The loop's own random numbers: xoshiro256** seeded by SplitMix64. It shares no stream with
/// CrowdSim (it need not reproduce CrowdSim's draws, only the same distributions).
/// </summary>
internal struct Prng
{
    private ulong _s0, _s1, _s2, _s3;

    public Prng(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    public ulong NextBits()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1).</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform on (0, 1]: safe to take the logarithm of.</summary>
    public double NextOpenDouble() => ((NextBits() >> 11) + 1) * (1.0 / (1UL << 53));

    public double NextUniform(double low, double high) => low + ((high - low) * NextDouble());

    public bool NextBernoulli(double p) => NextDouble() < p;

    public double NextExponential(double mean) => -mean * Math.Log(NextOpenDouble());

    /// <summary>Standard normal (Box-Muller; one of the pair is used).</summary>
    public double NextNormal() => Math.Sqrt(-2 * Math.Log(NextOpenDouble())) * Math.Cos(2 * Math.PI * NextDouble());

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
