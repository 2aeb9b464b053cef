using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Tests.Access;

public class LearningSpecTests
{
    [Fact]
    public void Multiplier_StartsAtOne_FallsAsAPowerLaw_AndStopsAtTheFloor()
    {
        var learning = new LearningSpec(100, 0.5, 0.4);

        Assert.Equal(1.0, learning.Multiplier(0));
        Assert.Equal(Math.Pow(2, -0.5), learning.Multiplier(100), 12);
        Assert.Equal(0.5, learning.Multiplier(300), 12);
        Assert.Equal(0.4, learning.Multiplier(1_000_000));
    }

    [Fact]
    public void Multiplier_NeverRises_WithMoreApprovedTasks()
    {
        var learning = new LearningSpec(ModelDefaults.LearningHalfLifeTasks, ModelDefaults.LearningExponent, ModelDefaults.LearningFloor);
        var previous = double.MaxValue;
        foreach (var approved in new long[] { 0, 1, 10, 100, 1000, 10_000, 100_000 })
        {
            var m = learning.Multiplier(approved);
            Assert.True(m <= previous && m >= ModelDefaults.LearningFloor);
            previous = m;
        }
    }
}
