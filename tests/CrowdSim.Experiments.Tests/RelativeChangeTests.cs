using CrowdSim.Experiments.Statistics;
using MathNet.Numerics.Distributions;

namespace CrowdSim.Experiments.Tests;

public class RelativeChangeTests
{
    private static readonly double T4 = StudentT.InvCDF(0, 1, 4, 0.975);

    [Fact]
    public void Of_ABaselineMeanOfZero_IsUndefined()
    {
        Assert.Equal(RelativeChange.Undefined, RelativeChange.Of([0.0, 0.0, 0.0], [1.0, 2.0, 3.0], T4));
        Assert.Equal(RelativeChange.Undefined, RelativeChange.Of([0.0], [1.0], 0));
    }

    [Fact]
    public void Of_ABaselineNotClearlyApartFromZero_IsUndefined_NotEnormous()
    {
        // Expired tasks: baseline 0, 0, 0, 0, 1 (mean 0.2, its t statistic 1 < 2.78); variant 30 each.
        var result = RelativeChange.Of([0.0, 0.0, 0.0, 0.0, 1.0], [30.0, 30.0, 30.0, 30.0, 29.0], T4);

        Assert.Equal(RelativeChange.Undefined, result);
    }

    [Fact]
    public void Of_NoSpread_IsTheRatioWithAZeroWidthInterval()
    {
        var result = RelativeChange.Of([2.0, 2.0, 2.0, 2.0, 2.0], [0.5, 0.5, 0.5, 0.5, 0.5], T4);

        Assert.Equal(new RelativeChange(0.25, 0.25, 0.25), result);
    }

    [Fact]
    public void Of_PairedSamples_GivesFiellersInterval_WhoseEndsSolveItsQuadratic()
    {
        double[] b = [10, 12, 9, 11, 13];
        double[] d = [1.0, 1.5, 0.6, 1.1, 1.6];

        var result = RelativeChange.Of(b, d, T4);

        Assert.Equal(d.Average() / b.Average(), result.Estimate!.Value, 12);
        Assert.True(result.CiLower < result.Estimate && result.Estimate < result.CiUpper);
        foreach (var theta in new[] { result.CiLower!.Value, result.CiUpper!.Value })
        {
            // At each end, (mean(d) − θ·mean(b))² = t²·Var(d − θb)/n.
            var z = d.Select((x, k) => x - (theta * b[k])).ToArray();
            var variance = z.Sum(v => (v - z.Average()) * (v - z.Average())) / 4;
            Assert.Equal(z.Average() * z.Average(), T4 * T4 * variance / 5, 10);
        }
    }

    [Fact]
    public void Of_ANegativeBaseline_IsRelativeToItsSize()
    {
        var result = RelativeChange.Of([-2.0, -2.0, -2.0, -2.0, -2.0], [1.0, 1.0, 1.0, 1.0, 1.0], T4);

        Assert.Equal(new RelativeChange(0.5, 0.5, 0.5), result);
    }
}
