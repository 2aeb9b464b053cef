using CrowdSim.Model.Randomness;

namespace CrowdSim.Model.Tests;

public class RandomStreamTests
{
    [Fact]
    public void For_SameKey_GivesSameNumbers()
    {
        var a = RandomStream.For(42, 7, 3, StreamPurpose.Session);
        var b = RandomStream.For(42, 7, 3, StreamPurpose.Session);
        for (var i = 0; i < 100; i++)
            Assert.Equal(a.NextBits(), b.NextBits());
    }

    [Theory]
    [InlineData(43UL, 7UL, 3L, StreamPurpose.Session)]
    [InlineData(42UL, 8UL, 3L, StreamPurpose.Session)]
    [InlineData(42UL, 7UL, 4L, StreamPurpose.Session)]
    [InlineData(42UL, 7UL, 3L, StreamPurpose.TieBreak)]
    public void For_AnyKeyPartChanged_GivesOtherNumbers(ulong seed, ulong entity, long tick, StreamPurpose purpose)
    {
        var reference = RandomStream.For(42, 7, 3, StreamPurpose.Session).NextBits();
        Assert.NotEqual(reference, RandomStream.For(seed, entity, tick, purpose).NextBits());
    }

    [Fact]
    public void NextDouble_IsUniformOnUnitInterval()
    {
        var rng = RandomStream.For(1, 1, 1, StreamPurpose.Session);
        var values = Enumerable.Range(0, 200_000).Select(_ => rng.NextDouble()).ToArray();
        Assert.All(values, v => Assert.InRange(v, 0.0, 0.9999999999));
        Assert.Equal(0.5, values.Average(), 2);
        Assert.Equal(1.0 / 12, values.Select(v => (v - 0.5) * (v - 0.5)).Average(), 3);
    }

    [Theory]
    [InlineData(0.7)]
    [InlineData(5.0)]
    [InlineData(40.0)]
    [InlineData(900.0)]
    public void NextPoisson_HasMeanAndVarianceOfItsParameter(double mean)
    {
        var rng = RandomStream.For(9, 2, 0, StreamPurpose.DemandCount);
        var draws = Enumerable.Range(0, 100_000).Select(_ => (double)rng.NextPoisson(mean)).ToArray();
        var average = draws.Average();
        var variance = draws.Select(d => (d - average) * (d - average)).Average();
        Assert.InRange(average, mean * 0.98, mean * 1.02);
        Assert.InRange(variance, mean * 0.95, mean * 1.05);
    }

    [Fact]
    public void NextExponential_HasItsMean()
    {
        var rng = RandomStream.For(3, 3, 3, StreamPurpose.NextCheck);
        var mean = Enumerable.Range(0, 200_000).Select(_ => rng.NextExponential(3.0)).Average();
        Assert.InRange(mean, 2.97, 3.03);
    }

    [Fact]
    public void NextLogNormal_HasItsMedian()
    {
        var rng = RandomStream.For(5, 5, 5, StreamPurpose.WorkerProfile);
        var values = Enumerable.Range(0, 100_001).Select(_ => rng.NextLogNormal(1.38, 1.86)).Order().ToArray();
        Assert.InRange(values[50_000], 1.38 * 0.97, 1.38 * 1.03);
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(5, 4.787491742782046)]
    [InlineData(20, 42.335616460753485)]
    [InlineData(170, 706.5730622457874)]
    public void LogFactorial_MatchesKnownValues(long k, double expected) =>
        Assert.Equal(expected, RandomStream.LogFactorial(k), 9);
}
