namespace CrowdSim.Model.Randomness;

/// <summary>
/// A counter-based random stream: the numbers are a pure function of
/// (scenario seed, entity id, tick, purpose, position in the stream). No state is shared between
/// entities, so results do not depend on how entities are grouped into grains, on thread
/// scheduling or on message order. The key mixes those with <see cref="SplitMix64"/>'s finaliser, and
/// draw n is output n of the SplitMix64 sequence that starts at the key.
/// </summary>
public struct RandomStream
{
    private readonly ulong _key;
    private ulong _counter;

    private RandomStream(ulong key)
    {
        _key = key;
        _counter = 0;
    }

    /// <summary>The stream for one entity, tick and purpose.</summary>
    public static RandomStream For(ulong seed, ulong entity, long tick, StreamPurpose purpose)
    {
        var key = SplitMix64.Mix(seed + SplitMix64.Gamma);
        key = SplitMix64.Mix(key ^ entity);
        key = SplitMix64.Mix(key ^ (ulong)tick);
        key = SplitMix64.Mix(key ^ (ulong)purpose);
        return new RandomStream(key);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        _counter++;
        return SplitMix64.At(_key, _counter);
    }

    /// <summary>Uniform in [0, 1), 53 bits of precision.</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in (0, 1]: safe to take the logarithm of.</summary>
    public double NextOpenDouble() => ((NextBits() >> 11) + 1) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [min, max).</summary>
    public double NextUniform(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>Uniform integer in [0, n).</summary>
    public int NextInt(int n) => (int)(NextDouble() * n);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool NextBernoulli(double p) => NextDouble() < p;

    /// <summary>Exponential with the given mean.</summary>
    public double NextExponential(double mean) => -mean * Math.Log(NextOpenDouble());

    /// <summary>Standard normal (Box-Muller; one of the pair is discarded to keep the stream stateless).</summary>
    public double NextNormal()
    {
        var u1 = NextOpenDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Lognormal with the given median and log-scale spread.</summary>
    public double NextLogNormal(double median, double sigma) => median * Math.Exp(sigma * NextNormal());

    /// <summary>Pareto with scale <paramref name="min"/> and tail index <paramref name="alpha"/>.</summary>
    public double NextPareto(double min, double alpha) => min * Math.Pow(NextOpenDouble(), -1.0 / alpha);

    /// <summary>Poisson with mean <paramref name="mean"/>: multiplication for small means, PTRS for large ones.</summary>
    public long NextPoisson(double mean)
    {
        if (mean <= 0)
            return 0;
        return mean < 12 ? PoissonByMultiplication(mean) : PoissonByTransformedRejection(mean);
    }

    private long PoissonByMultiplication(double mean)
    {
        var limit = Math.Exp(-mean);
        long k = 0;
        var product = NextDouble();
        while (product > limit)
        {
            k++;
            product *= NextDouble();
        }
        return k;
    }

    // Hörmann, "The transformed rejection method for generating Poisson random variables" (1993), algorithm PTRS.
    private long PoissonByTransformedRejection(double mean)
    {
        var logMean = Math.Log(mean);
        var b = 0.931 + (2.53 * Math.Sqrt(mean));
        var a = -0.059 + (0.02483 * b);
        var invAlpha = 1.1239 + (1.1328 / (b - 3.4));
        var vr = 0.9277 - (3.6224 / (b - 2));
        while (true)
        {
            var u = NextDouble() - 0.5;
            var v = NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = (long)Math.Floor((((2 * a / us) + b) * u) + mean + 0.43);
            if (us >= 0.07 && v <= vr)
                return k;
            if (k < 0 || (us < 0.013 && v > us))
                continue;
            var lhs = Math.Log(v * invAlpha / ((a / (us * us)) + b));
            var rhs = -mean + (k * logMean) - LogFactorial(k);
            if (lhs <= rhs)
                return k;
        }
    }

    internal static double LogFactorial(long k)
    {
        if (k < 2)
            return 0;
        if (k < 16)
        {
            var f = 1.0;
            for (var i = 2; i <= k; i++)
                f *= i;
            return Math.Log(f);
        }
        // Stirling's series; error below 1e-10 for k >= 16.
        var x = (double)k;
        return ((x + 0.5) * Math.Log(x)) - x + (0.5 * Math.Log(2 * Math.PI)) + (1.0 / (12 * x)) - (1.0 / (360 * x * x * x));
    }
}
