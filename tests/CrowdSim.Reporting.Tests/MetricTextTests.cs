using CrowdSim.Reporting.Html;

namespace CrowdSim.Reporting.Tests;

public sealed class MetricTextTests
{
    [Theory]
    [InlineData("workerOutcomes.effectiveHourlyWageMedian", 1.30824, "$1.31")]
    [InlineData("workerOutcomes.unpaidShare", 0.29364, "29.4%")]
    [InlineData("money.workerPay", 245892.531, "$245,892.53")]
    [InlineData("queue.p95WaitMinutes", 43.96, "44.0 min")]
    [InlineData("workerOutcomes.searchHours", 1234.56, "1,234.6 h")]
    [InlineData("tasks.expired", 47, "47")]
    [InlineData("tasks.expired", 47.5, "47.5")]
    [InlineData("workerOutcomes.nightWakeupsPerWorkerDay", 0.34, "0.34")]
    public void Value_WritesTheMetricsUnit(string metric, double value, string expected) =>
        Assert.Equal(expected, MetricText.Value(metric, value));

    [Theory]
    [InlineData("workerOutcomes.unpaidShare", -0.012, "−1.2 pp")]
    [InlineData("workerOutcomes.effectiveHourlyWageMedian", 0.5, "+$0.50")]
    [InlineData("tasks.expired", 0, "±0")]
    public void Difference_IsSigned_AndSharesAreInPercentagePoints(string metric, double difference, string expected) =>
        Assert.Equal(expected, MetricText.Difference(metric, difference));

    [Theory]
    [InlineData("workerOutcomes.unpaidShare", -0.0003, "−0.03 pp")]
    [InlineData("queue.meanWaitMinutes", -0.0004, "−0.0004 min")]
    [InlineData("workerOutcomes.nightWakeupsPerWorkerDay", -0.0001, "−0.0001")]
    [InlineData("tasks.expired", -0.0, "±0")]
    public void Difference_TooSmallForItsDecimals_ShowsItsDigits_NotASignedZero(string metric, double difference, string expected) =>
        Assert.Equal(expected, MetricText.Difference(metric, difference));

    [Theory]
    [InlineData("workerOutcomes.nightWakeupsPerWorkerDay", -0.0001, "0")]
    [InlineData("money.vendorMargin", -0.001, "$0.00")]
    [InlineData("queue.meanWaitMinutes", -0.0, "0.0 min")]
    [InlineData("workerOutcomes.unpaidShare", -0.00001, "0.0%")]
    public void Value_NeverShowsANegativeZero(string metric, double value, string expected) =>
        Assert.Equal(expected, MetricText.Value(metric, value));

    [Fact]
    public void Label_NamesTheRegionOfARegionalMetric() =>
        Assert.Equal("Effective hourly wage, median: kenya", MetricText.Label("byRegion.kenya.effectiveHourlyWageMedian"));
}
