using CrowdSim.Model.Metrics;

namespace CrowdSim.Model.Tests;

public class InequalityTests
{
    [Fact]
    public void Gini_OfEqualEarnings_IsZero() => Assert.Equal(0.0, Inequality.Gini([5, 5, 5, 5]));

    [Fact]
    public void Gini_WhenOneHoldsEverything_IsOneMinusOneOverN() => Assert.Equal(0.75, Inequality.Gini([0, 0, 9, 0]), 12);

    [Fact]
    public void Gini_OfKnownSample_MatchesHandComputation() =>
        // sorted 1,2,3,4: sum (2i-n-1)x = -3*1 -1*2 +1*3 +3*4 = 10; n*sum = 40
        Assert.Equal(0.25, Inequality.Gini([4, 1, 3, 2]), 12);

    [Fact]
    public void Median_OfEvenCount_AveragesMiddlePair() => Assert.Equal(2.5, Inequality.Median([4.0, 1.0, 3.0, 2.0]));

    [Fact]
    public void Median_OfEmptySample_IsZero() => Assert.Equal(0.0, Inequality.Median([]));
}
