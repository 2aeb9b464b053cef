using CrowdSim.Experiments.Statistics;

namespace CrowdSim.Experiments.Tests;

public class PairedDifferenceTests
{
    // Student (1908) / Cushny & Peebles sleep data: extra hours of sleep for ten patients on two drugs.
    private static readonly double[] Drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    private static readonly double[] Drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

    [Fact]
    public void Of_TextbookSleepData_MatchesThePairedTInterval()
    {
        // R: t.test(Drug2, Drug1, paired = TRUE) → mean difference 1.58, 95% CI 0.7001142 to 2.4598858.
        var result = PairedDifference.Of(Drug1, Drug2);
        Assert.Equal(1.58, result.Difference, 10);
        Assert.Equal(0.7001142, result.CiLower!.Value, 6);
        Assert.Equal(2.4598858, result.CiUpper!.Value, 6);
        Assert.True(result.Significant);
        Assert.Equal(Drug1.Average(), result.Baseline, 12);
        Assert.Equal(Drug2.Average(), result.Variant, 12);
        // Drug 1's mean (0.75) is not clearly apart from zero: no relative change.
        Assert.Equal(RelativeChange.Undefined, result.Relative);
    }

    [Fact]
    public void Of_IdenticalSamples_GivesZeroDifferenceExactly()
    {
        var result = PairedDifference.Of(Drug1, Drug1);
        Assert.Equal(0.0, result.Difference);
        Assert.Equal(0.0, result.CiLower);
        Assert.Equal(0.0, result.CiUpper);
        Assert.False(result.Significant);
    }

    [Fact]
    public void Of_DifferencesOfFloatingPointNoiseOnly_AreZero_AndNotSignificant()
    {
        // 0.1 + 0.2 is 0.30000000000000004: the same outcome reached by another sum.
        var noise = 0.1 + 0.2;
        var result = PairedDifference.Of([0.3, 0.3, 0.3], [noise, noise, noise]);

        Assert.Equal(0.0, result.Difference);
        Assert.Equal((0.0, 0.0), (result.CiLower, result.CiUpper));
        Assert.False(result.Significant);
        Assert.Equal(new RelativeChange(0, 0, 0), result.Relative);
    }

    [Fact]
    public void Of_AnIntervalOfNegativeZeros_IsNotSignificant()
    {
        var result = PairedDifference.Of([-0.0, -0.0], [-0.0, -0.0]);

        Assert.False(result.Significant);
    }

    [Fact]
    public void Of_ASmallButRealConstantDifference_IsSignificant()
    {
        var result = PairedDifference.Of([0.5, 0.6, 0.7], [0.4997, 0.5997, 0.6997], OutcomeRange.Share);

        Assert.True(result.Significant);
        Assert.True(result.CiUpper < 0);
    }

    [Fact]
    public void Of_SinglePair_HasNoInterval()
    {
        var result = PairedDifference.Of([1.0], [3.0]);
        Assert.Equal(2.0, result.Difference);
        Assert.Null(result.CiLower);
        Assert.False(result.Significant);
        Assert.Equal(new RelativeChange(2.0, null, null), result.Relative);
    }

    [Fact]
    public void Of_ConstantShift_IsSignificantWithAZeroWidthInterval()
    {
        var result = PairedDifference.Of([1.0, 2.0, 3.0], [1.5, 2.5, 3.5]);
        Assert.Equal(0.5, result.Difference, 12);
        Assert.Equal(0.5, result.CiLower!.Value, 12);
        Assert.True(result.Significant);
    }

    [Fact]
    public void Of_SharesWithTwoPairs_CutTheIntervalToMinusOneToOne()
    {
        var result = PairedDifference.Of([0.2, 0.7], [0.5, 0.5], OutcomeRange.Share);

        Assert.Equal((-1.0, 1.0), (result.CiLower, result.CiUpper));
        Assert.False(result.Significant);
    }
}
