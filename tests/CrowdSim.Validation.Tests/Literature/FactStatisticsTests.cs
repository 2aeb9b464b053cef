using CrowdSim.DocGen;
using CrowdSim.Experiments.Statistics;

namespace CrowdSim.Validation.Tests.Literature;

/// <summary>The computations behind the stylised facts (tools/CrowdSim.DocGen), on small inputs with exact answers.</summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class FactStatisticsTests
{
    [Theory]
    [InlineData(1.1, 1.0, 1.1, 1.0)]
    [InlineData(2.0, 2.0, 1.1, 0.0)]
    [InlineData(4.0, 1.0, 2.0, 2.0)]
    [InlineData(1.0, 2.0, 2.0, -1.0)]
    public void ElasticityFromWaits_IsTheLogRatioOfWaitsOverTheLogRatioOfPay(double waitLow, double waitHigh, double payRatio, double expected)
    {
        Assert.Equal(expected, FactStatistics.ElasticityFromWaits(waitLow, waitHigh, payRatio), 12);
    }

    [Theory]
    [InlineData(0.0, 1.0, 1.1)]
    [InlineData(1.0, 0.0, 1.1)]
    [InlineData(1.0, 1.0, 1.0)]
    public void ElasticityFromWaits_RefusesAZeroWaitOrNoPayDifference(double waitLow, double waitHigh, double payRatio)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FactStatistics.ElasticityFromWaits(waitLow, waitHigh, payRatio));
    }

    [Fact]
    public void ShareAtLeast_CountsValuesAtTheThresholdAsAbove()
    {
        Assert.Equal(0.5, FactStatistics.ShareAtLeast([1.0, 7.25, 8.0, 3.0], 7.25));
        Assert.Equal(0.0, FactStatistics.ShareAtLeast([], 7.25));
    }

    [Fact]
    public void TopTenthRatio_ComparesTheTenthRankedHighestWithTheRest()
    {
        // 20 workers: the two with most approvals earn 10, everyone else 5.
        var items = Enumerable.Range(1, 20).Select(i => ((long)i, i, i > 18 ? 10.0 : 5.0)).ToArray();

        Assert.Equal(2.0, FactStatistics.TopTenthRatio(items), 12);
    }

    [Fact]
    public void TopTenthRatio_RoundsTheTenthUpAndBreaksTiesByTheLowerId()
    {
        // 11 items: the top tenth is 2 items. Ids 3 and 7 tie on rank with id 5; ids 3 and 5 are taken.
        var items = new List<(long, int, double)> { (9, 7, 100.0), (9, 3, 4.0), (9, 5, 8.0) };
        items.AddRange(Enumerable.Range(10, 8).Select(id => (1L, id, 2.0)));

        // Top: (4 + 8) / 2 = 6; rest: (100 + 8 × 2) / 9 = 116 / 9.
        Assert.Equal(6.0 / (116.0 / 9.0), FactStatistics.TopTenthRatio(items), 12);
    }

    [Fact]
    public void TopTenthRatio_NeedsTwoItems()
    {
        Assert.Throws<ArgumentException>(() => FactStatistics.TopTenthRatio([(1, 1, 1.0)]));
    }

    [Fact]
    public void Share_IsZeroForAnEmptyWhole()
    {
        Assert.Equal(0.25, FactStatistics.Share(1, 4));
        Assert.Equal(0.0, FactStatistics.Share(1, 0));
    }

    [Fact]
    public void Summarise_GivesTheMeanAndStudentsTInterval()
    {
        var s = FactRuns.Summarise("x", [1.0, 2.0, 3.0, 4.0, 5.0], OutcomeRange.Unbounded);

        // sd = √2.5; t(0.975, 4) = 2.7764451; half-width = 2.7764451 × √2.5 ÷ √5 = 1.9632432.
        Assert.Equal(3.0, s.Mean, 12);
        Assert.Equal(1.0367568, s.CiLower!.Value, 6);
        Assert.Equal(4.9632432, s.CiUpper!.Value, 6);
    }

    [Fact]
    public void Summarise_CutsAShareAtZero()
    {
        var s = FactRuns.Summarise("x", [0.0, 0.01, 0.0, 0.02, 0.0], OutcomeRange.Share);

        Assert.Equal(0.0, s.CiLower);
        Assert.True(s.CiUpper > 0.006);
    }

    [Fact]
    public void Summarise_RefusesAValueThatIsNotFinite()
    {
        Assert.Throws<InvalidOperationException>(() => FactRuns.Summarise("x", [1.0, double.PositiveInfinity], OutcomeRange.Unbounded));
    }
}
