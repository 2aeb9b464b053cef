using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Tests.Reading;

public sealed class DurationsTests
{
    [Theory]
    [InlineData("15m", 15)]
    [InlineData("36h", 36 * 60)]
    [InlineData("14d", 14 * 1440)]
    [InlineData("1d12h", 36 * 60)]
    [InlineData("2h30m", 150)]
    [InlineData("0m", 0)]
    public void Minutes_WhenTextHasUnits_ReturnsMinutes(string text, long expected) =>
        Assert.Equal(expected, Durations.Minutes(text));

    [Theory]
    [InlineData("")]
    [InlineData("48")]
    [InlineData("1.5h")]
    [InlineData("30m2h")]
    [InlineData("2 h")]
    [InlineData("9999999999d")]
    public void Minutes_WhenTextIsNotADuration_ReturnsNull(string text) =>
        Assert.Null(Durations.Minutes(text));
}
