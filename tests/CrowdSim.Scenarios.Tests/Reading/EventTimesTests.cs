using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Tests.Reading;

public sealed class EventTimesTests
{
    [Theory]
    [InlineData("day 1", 0)]
    [InlineData("day 10", 9 * 1440)]
    [InlineData("day 10 06:00", 9 * 1440 + 360)]
    [InlineData("36h", 36 * 60)]
    [InlineData("9d12h", 9 * 1440 + 720)]
    public void Minute_WhenTextIsADayOrADuration_ReturnsMinutesFromTheStart(string text, long expected) =>
        Assert.Equal(expected, EventTimes.Minute(text));

    [Theory]
    [InlineData("day 0")]
    [InlineData("day 3 24:00")]
    [InlineData("day")]
    [InlineData("10")]
    public void Minute_WhenTextIsNotAnEventTime_ReturnsNull(string text) =>
        Assert.Null(EventTimes.Minute(text));

    [Theory]
    [InlineData(0, "day 1")]
    [InlineData(9 * 1440 + 360, "day 10 06:00")]
    public void Describe_Always_WritesTheTimeAsAUserWould(long minute, string expected) =>
        Assert.Equal(expected, EventTimes.Describe(minute));
}
