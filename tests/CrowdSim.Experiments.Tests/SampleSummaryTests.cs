using CrowdSim.Experiments.Statistics;
using MathNet.Numerics.Distributions;

namespace CrowdSim.Experiments.Tests;

public class SampleSummaryTests
{
    [Fact]
    public void Of_KnownSample_GivesTheOneSampleTInterval()
    {
        // Values 1..5: mean 3, sd 1.5811388; t(0.975, 4) = 2.7764451; half-width 1.9632432.
        var s = SampleSummary.Of([1.0, 2.0, 3.0, 4.0, 5.0]);
        Assert.Equal(3.0, s.Mean, 12);
        Assert.Equal(1.5811388, s.StandardDeviation, 6);
        Assert.Equal(3.0 - 1.9632432, s.CiLower!.Value, 6);
        Assert.Equal(3.0 + 1.9632432, s.CiUpper!.Value, 6);
    }

    [Fact]
    public void Of_AMeanWaitNearZeroWithALargeSpread_NeverGoesBelowZero()
    {
        // Mean waits (minutes) of five replications: mostly no wait, once a long one.
        double[] waits = [0.02, 0.0, 0.01, 3.5, 0.03];
        var plain = SampleSummary.Of(waits);
        Assert.True(plain.CiLower < 0, "the plain t interval goes negative here");

        var s = SampleSummary.Of(waits, OutcomeRange.NonNegative);

        Assert.Equal(0.0, s.CiLower);
        Assert.Equal(plain.CiUpper, s.CiUpper);
        Assert.Equal(plain.Mean, s.Mean);
    }

    [Fact]
    public void Of_ASharesNearOne_StaysWithinZeroAndOne()
    {
        double[] shares = [0.99, 1.0, 0.6, 1.0];
        var plain = SampleSummary.Of(shares);
        Assert.True(plain.CiUpper > 1, "the plain t interval passes 1 here");

        var s = SampleSummary.Of(shares, OutcomeRange.Share);

        Assert.Equal(1.0, s.CiUpper);
        Assert.Equal(plain.CiLower, s.CiLower);
    }

    [Fact]
    public void Of_AnIntervalInsideTheRange_IsThePlainTInterval()
    {
        double[] wages = [1.2, 1.4, 1.3, 1.5];
        var t = StudentT.InvCDF(0, 1, 3, 0.975) * SampleSummary.Of(wages).StandardDeviation / 2;

        var s = SampleSummary.Of(wages, OutcomeRange.NonNegative);

        Assert.Equal(1.35 - t, s.CiLower!.Value, 12);
        Assert.Equal(1.35 + t, s.CiUpper!.Value, 12);
    }

    [Fact]
    public void Of_ValuesOutsideTheirDeclaredRange_KeepThePlainInterval()
    {
        double[] margins = [-5.0, 1.0, 2.0];

        Assert.Equal(SampleSummary.Of(margins), SampleSummary.Of(margins, OutcomeRange.NonNegative));
    }

    [Fact]
    public void Of_OneValue_HasNoInterval_AndEqualValues_AZeroWidthOne()
    {
        Assert.Null(SampleSummary.Of([2.0], OutcomeRange.NonNegative).CiLower);
        var same = SampleSummary.Of([0.0, 0.0, 0.0], OutcomeRange.NonNegative);
        Assert.Equal((0.0, 0.0), (same.CiLower, same.CiUpper));
    }
}
