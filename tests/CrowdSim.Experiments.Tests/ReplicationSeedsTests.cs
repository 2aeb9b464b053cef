using CrowdSim.Experiments.Statistics;

namespace CrowdSim.Experiments.Tests;

public class ReplicationSeedsTests
{
    [Fact]
    public void For_ReplicationZero_IsTheScenarioSeed() => Assert.Equal(42UL, ReplicationSeeds.For(42, 0));

    [Fact]
    public void For_LaterReplications_AreDistinctAndStable()
    {
        var seeds = Enumerable.Range(0, 1000).Select(k => ReplicationSeeds.For(42, k)).ToArray();
        Assert.Equal(1000, seeds.Distinct().Count());
        // SplitMix64 of 42 + golden ratio increment: fixed forever, so results stay reproducible.
        Assert.Equal(ReplicationSeeds.For(42, 1), ReplicationSeeds.For(42, 1));
        Assert.NotEqual(ReplicationSeeds.For(42, 1), ReplicationSeeds.For(43, 1));
    }
}
