using BenchmarkDotNet.Attributes;
using CrowdSim.Model.Randomness;

namespace CrowdSim.Benchmarks;

/// <summary>
/// The counter-based generator every draw goes through: creating a stream (four SplitMix64
/// rounds) and the distributions the model draws from, each measured over <see cref="Draws"/>
/// draws from one stream held in a local, as the model holds them (Mean is per draw).
/// Arguments are the model's own: a worker's session (exponential, mean 3 h), reservation wages
/// (lognormal, median 0.56, sigma 1.86), and Poisson means of a project-launch count per tick
/// (0.0015), a small line per tick (8), an RLHF line per tick (12.5: means from 12 up take the
/// PTRS path) and a bounding-box line per tick (417 = 40,000 / 96).
/// </summary>
[MemoryDiagnoser]
public class RandomStreamBenchmarks
{
    private const int Draws = 1_000;
    private const ulong Seed = 20240308;
    private RandomStream _stream;
    private ulong _entity;

    [GlobalSetup]
    public void Setup() => _stream = RandomStream.For(Seed, 42, Baseline.BusyTick, StreamPurpose.Session);

    /// <summary>A new stream for another entity and its first 64 bits: how every worker decision and every task starts.</summary>
    [Benchmark(OperationsPerInvoke = Draws)]
    public ulong ForThenNextBits()
    {
        ulong sum = 0;
        for (var i = 0; i < Draws; i++)
            sum ^= RandomStream.For(Seed, _entity++, Baseline.BusyTick, StreamPurpose.TieBreak).NextBits();
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    public double NextDouble()
    {
        var rng = _stream;
        var sum = 0.0;
        for (var i = 0; i < Draws; i++)
            sum += rng.NextDouble();
        _stream = rng;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    public double NextExponential()
    {
        var rng = _stream;
        var sum = 0.0;
        for (var i = 0; i < Draws; i++)
            sum += rng.NextExponential(3.0);
        _stream = rng;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    public double NextLogNormal()
    {
        var rng = _stream;
        var sum = 0.0;
        for (var i = 0; i < Draws; i++)
            sum += rng.NextLogNormal(0.56, 1.86);
        _stream = rng;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    [Arguments(0.0015)]
    [Arguments(8.0)]
    [Arguments(12.5)]
    [Arguments(417.0)]
    public long NextPoisson(double mean)
    {
        var rng = _stream;
        long sum = 0;
        for (var i = 0; i < Draws; i++)
            sum += rng.NextPoisson(mean);
        _stream = rng;
        return sum;
    }
}
