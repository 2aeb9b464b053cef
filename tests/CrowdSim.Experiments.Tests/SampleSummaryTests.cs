using CrowdSim.Experiments.Statistics;

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
}
