using System.Globalization;
using CrowdSim.Experiments.Statistics;
using CrowdSim.Testing;

namespace CrowdSim.Experiments.Tests;

public class ReplicationSeedsTests
{
    [Fact]
    public void For_ReplicationZero_IsTheScenarioSeed() => Assert.Equal(42UL, ReplicationSeeds.For(42, 0));

    [Fact]
    public void For_LaterReplications_AreDistinct_AndDependOnTheBaseSeed()
    {
        var seeds = Enumerable.Range(0, 1000).Select(k => ReplicationSeeds.For(42, k)).ToArray();
        Assert.Equal(1000, seeds.Distinct().Count());
        Assert.NotEqual(ReplicationSeeds.For(42, 1), ReplicationSeeds.For(43, 1));
    }

    /// <summary>Replication seeds are part of every manifest's reproduce line: pinned in tests/golden/replication-seeds.txt.</summary>
    [Fact]
    [Trait("Category", Golden.Category)]
    public void For_FixedBaseSeeds_GivesThePinnedSeeds()
    {
        var lines = new[] { 0UL, 42UL, 20240308UL, ulong.MaxValue }
            .Select(b => $"{b}: " + string.Join(' ', Enumerable.Range(0, 6).Select(k => ReplicationSeeds.For(b, k).ToString(CultureInfo.InvariantCulture))));
        var difference = Golden.Check("replication-seeds", string.Join('\n', lines));
        Assert.True(difference is null, difference);
    }
}
