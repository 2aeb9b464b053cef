using CrowdSim.Experiments.Statistics;

namespace CrowdSim.Experiments.Tests;

public class OutcomeRangesTests
{
    [Theory]
    [InlineData("queue.meanWaitMinutes", OutcomeRange.NonNegative)]
    [InlineData("byQueue.crowd/tasklane/bbox.firstPickupMeanMinutes", OutcomeRange.NonNegative)]
    [InlineData("workerOutcomes.effectiveHourlyWageMedian", OutcomeRange.NonNegative)]
    [InlineData("tasks.expired", OutcomeRange.NonNegative)]
    [InlineData("money.workerPay", OutcomeRange.NonNegative)]
    [InlineData("money.labourShare", OutcomeRange.NonNegative)]
    [InlineData("workerOutcomes.unpaidShare", OutcomeRange.Share)]
    [InlineData("byRegion.kenya.shareBelowLocalMinimumWage", OutcomeRange.Share)]
    [InlineData("workerOutcomes.gini", OutcomeRange.Share)]
    [InlineData("money.vendorMargin", OutcomeRange.Unbounded)]
    [InlineData("money.automationSavings", OutcomeRange.Unbounded)]
    public void Of_GivesTheRangeOfTheOutcome(string metric, OutcomeRange range) => Assert.Equal(range, OutcomeRanges.Of(metric));
}
