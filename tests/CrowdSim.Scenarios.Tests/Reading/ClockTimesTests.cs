using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Tests.Reading;

public sealed class ClockTimesTests
{
    [Theory]
    [InlineData("23:00-07:00", 23 * 60, 7 * 60)]
    [InlineData("00:30 - 08:00", 30, 8 * 60)]
    public void Window_WhenTextIsAWindow_ReturnsStartAndEnd(string text, int start, int end) =>
        Assert.Equal((start, end), ClockTimes.Window(text));

    [Theory]
    [InlineData("23:00")]
    [InlineData("07:00-07:00")]
    [InlineData("25:00-07:00")]
    [InlineData("23:00-07:60")]
    public void Window_WhenTextIsNotAValidWindow_ReturnsNull(string text) =>
        Assert.Null(ClockTimes.Window(text));

    [Theory]
    [InlineData("+05:30", 330)]
    [InlineData("-05:00", -300)]
    [InlineData("03:00", 180)]
    [InlineData("5.75", 345)]
    [InlineData("-14", -840)]
    public void UtcOffsetMinutes_WhenWrittenEitherWay_ReturnsMinutes(string text, int expected) =>
        Assert.Equal(expected, ClockTimes.UtcOffsetMinutes(text));

    [Theory]
    [InlineData("+14:30")]
    [InlineData("15")]
    [InlineData("+05:60")]
    [InlineData("5.51")]
    [InlineData("east")]
    public void UtcOffsetMinutes_WhenOutOfRangeOrMalformed_ReturnsNull(string text) =>
        Assert.Null(ClockTimes.UtcOffsetMinutes(text));
}
