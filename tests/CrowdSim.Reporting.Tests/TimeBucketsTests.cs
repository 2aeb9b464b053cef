using CrowdSim.Reporting.Reading;

namespace CrowdSim.Reporting.Tests;

public sealed class TimeBucketsTests
{
    [Fact]
    public void For_TwoDaysOfQuarterHours_KeepsEveryTick()
    {
        var buckets = TimeBuckets.For(tickMinutes: 15, ticks: 192);

        Assert.Equal(1, buckets.TicksPerBucket);
        Assert.Equal(192, buckets.Count);
        Assert.Equal("hours", buckets.Unit);
        Assert.Equal(0.125, buckets.X(0));
        Assert.Equal(6, buckets.FromMinutes(360));
    }

    [Fact]
    public void For_AMonth_GroupsThreeHoursAndCountsInDays()
    {
        var buckets = TimeBuckets.For(tickMinutes: 15, ticks: 30 * 96);

        Assert.Equal("3 hours", buckets.BucketName);
        Assert.Equal(240, buckets.Count);
        Assert.Equal("days", buckets.Unit);
        Assert.Equal(30, buckets.End);
    }

    [Fact]
    public void For_ThreeYears_GroupsWeeks_AndTheLastBucketIsShort()
    {
        var buckets = TimeBuckets.For(tickMinutes: 15, ticks: 1095 * 96);

        Assert.Equal("week", buckets.BucketName);
        Assert.True(buckets.Count <= TimeBuckets.MaxPoints);
        Assert.Equal(1095 * 96 % (7 * 96), buckets.TicksIn(buckets.Count - 1));
    }
}
