namespace CrowdSim.Reporting.Tests;

public sealed class HeadlineMetricsTests
{
    [Fact]
    public void Select_ExpandsEveryRegion_InTheDefaultOrder()
    {
        string[] available =
        [
            "byRegion.us.effectiveHourlyWageMedian", "byRegion.kenya.effectiveHourlyWageMedian", "byRegion.kenya.gini",
            "tasks.expired", "workerOutcomes.unpaidShare", "workerOutcomes.effectiveHourlyWageMedian", "money.labSpend",
        ];

        var selected = HeadlineMetrics.Select(available);

        Assert.Equal(
            ["workerOutcomes.effectiveHourlyWageMedian", "workerOutcomes.unpaidShare", "tasks.expired",
             "byRegion.us.effectiveHourlyWageMedian", "byRegion.kenya.effectiveHourlyWageMedian"],
            selected);
    }
}
