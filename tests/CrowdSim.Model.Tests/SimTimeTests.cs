using CrowdSim.Model.Time;

namespace CrowdSim.Model.Tests;

public class SimTimeTests
{
    private const long Hour = SimTime.MsPerHour;

    [Theory]
    [InlineData(0L, 180, 180)]          // 00:00 UTC is 03:00 in Nairobi
    [InlineData(0L, -300, 1140)]        // ... and 19:00 the day before in New York
    [InlineData(2 * Hour, 330, 450)]    // 02:00 UTC is 07:30 in India
    public void LocalMinuteOfDay_AppliesTheOffset(long ms, int offset, int expected) =>
        Assert.Equal(expected, SimTime.LocalMinuteOfDay(ms, offset));

    [Theory]
    [InlineData(23 * 60, true)]
    [InlineData(3 * 60, true)]
    [InlineData(7 * 60, false)]
    [InlineData(12 * 60, false)]
    public void InDailyWindow_HandlesWindowsThatWrapPastMidnight(int minute, bool inside) =>
        Assert.Equal(inside, SimTime.InDailyWindow(minute, 22 * 60, 7 * 60));

    [Fact]
    public void LocalDayOfWeek_StartsOnMonday()
    {
        Assert.Equal(0, SimTime.LocalDayOfWeek(0, 0));
        Assert.Equal(5, SimTime.LocalDayOfWeek(5 * SimTime.MsPerDay, 0));
        Assert.Equal(6, SimTime.LocalDayOfWeek(0, -300)); // Sunday evening in New York
    }

    [Fact]
    public void NextLocalMinute_IsStrictlyLater()
    {
        // 06:00 local in Nairobi (UTC+3) is 03:00 UTC.
        Assert.Equal(3 * Hour, SimTime.NextLocalMinute(0, 180, 6 * 60));
        Assert.Equal(27 * Hour, SimTime.NextLocalMinute(3 * Hour, 180, 6 * 60));
    }

    [Fact]
    public void OverlapWithDailyWindow_CountsOnlyNightTime()
    {
        // UTC, night 22:00-06:00: from 20:00 to 08:00 next day holds 8 hours of night.
        Assert.Equal(8 * Hour, SimTime.OverlapWithDailyWindow(20 * Hour, 32 * Hour, 0, 22 * 60, 6 * 60));
        // From 01:00 to 02:30 is all night.
        Assert.Equal(90 * SimTime.MsPerMinute, SimTime.OverlapWithDailyWindow(Hour, (2 * Hour) + (30 * SimTime.MsPerMinute), 0, 22 * 60, 6 * 60));
        // Midday is not.
        Assert.Equal(0, SimTime.OverlapWithDailyWindow(12 * Hour, 13 * Hour, 0, 22 * 60, 6 * 60));
        // 36 hours from 08:00 hold one full night.
        Assert.Equal(8 * Hour, SimTime.OverlapWithDailyWindow(8 * Hour, 44 * Hour, 0, 22 * 60, 6 * 60));
    }
}
