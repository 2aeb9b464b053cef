namespace CrowdSim.Model.Time;

/// <summary>
/// Simulated time is a count of milliseconds since the start of the run (day 1, 00:00 UTC, a Monday).
/// Integer time keeps every sum exact, so totals do not depend on the order they are added in.
/// </summary>
public static class SimTime
{
    public const long MsPerMinute = 60_000;
    public const long MsPerHour = 60 * MsPerMinute;
    public const long MsPerDay = 24 * MsPerHour;
    public const long MsPerWeek = 7 * MsPerDay;

    /// <summary>Local night for counting night work: 22:00 to 06:00 (the span most national night-work laws use; ILO C171 requires it to cover midnight to 05:00).</summary>
    public const int NightStartMinute = 22 * 60;

    /// <summary>End of local night, minutes after midnight.</summary>
    public const int NightEndMinute = 6 * 60;

    private const int MinutesPerDay = 24 * 60;

    /// <summary>Converts hours to milliseconds, rounding to the nearest millisecond.</summary>
    public static long FromHours(double hours) => (long)Math.Round(hours * MsPerHour);

    /// <summary>Converts minutes to milliseconds, rounding to the nearest millisecond.</summary>
    public static long FromMinutes(double minutes) => (long)Math.Round(minutes * MsPerMinute);

    /// <summary>Milliseconds to hours.</summary>
    public static double ToHours(long ms) => ms / (double)MsPerHour;

    /// <summary>Minutes after local midnight at simulated time <paramref name="ms"/>.</summary>
    public static int LocalMinuteOfDay(long ms, int utcOffsetMinutes)
    {
        var minutes = FloorDiv(ms, MsPerMinute) + utcOffsetMinutes;
        return (int)(((minutes % MinutesPerDay) + MinutesPerDay) % MinutesPerDay);
    }

    /// <summary>Local day of the week, 0 = Monday … 6 = Sunday.</summary>
    public static int LocalDayOfWeek(long ms, int utcOffsetMinutes)
    {
        var day = FloorDiv(ms + (utcOffsetMinutes * MsPerMinute), MsPerDay);
        return (int)(((day % 7) + 7) % 7);
    }

    /// <summary>Whether a minute of the day lies in a daily window that may wrap past midnight.</summary>
    public static bool InDailyWindow(int minuteOfDay, int startMinute, int endMinute) =>
        startMinute <= endMinute
            ? minuteOfDay >= startMinute && minuteOfDay < endMinute
            : minuteOfDay >= startMinute || minuteOfDay < endMinute;

    /// <summary>The first time at or after <paramref name="ms"/> when a daily window (local time) ends.</summary>
    public static long NextWindowEnd(long ms, int utcOffsetMinutes, int endMinute) =>
        NextLocalMinute(ms, utcOffsetMinutes, endMinute);

    /// <summary>The first time strictly after <paramref name="ms"/> at which the local clock reads <paramref name="minuteOfDay"/>.</summary>
    public static long NextLocalMinute(long ms, int utcOffsetMinutes, int minuteOfDay)
    {
        var localMs = ms + (utcOffsetMinutes * MsPerMinute);
        var dayStart = FloorDiv(localMs, MsPerDay) * MsPerDay;
        var candidate = dayStart + (minuteOfDay * MsPerMinute);
        if (candidate <= localMs)
            candidate += MsPerDay;
        return candidate - (utcOffsetMinutes * MsPerMinute);
    }

    /// <summary>Milliseconds of [<paramref name="start"/>, <paramref name="end"/>) that fall in a daily local window.</summary>
    public static long OverlapWithDailyWindow(long start, long end, int utcOffsetMinutes, int startMinute, int endMinute)
    {
        if (end <= start)
            return 0;
        var offset = utcOffsetMinutes * MsPerMinute;
        var localStart = start + offset;
        var localEnd = end + offset;
        var windowLength = ((((endMinute - startMinute) % MinutesPerDay) + MinutesPerDay) % MinutesPerDay) * MsPerMinute;
        // Windows start once a day; the one that may cover localStart began up to a day earlier.
        var firstDay = FloorDiv(localStart, MsPerDay) - 1;
        long total = 0;
        for (var day = firstDay; day * MsPerDay < localEnd; day++)
        {
            var windowStart = (day * MsPerDay) + (startMinute * MsPerMinute);
            var windowEnd = windowStart + windowLength;
            var overlap = Math.Min(windowEnd, localEnd) - Math.Max(windowStart, localStart);
            if (overlap > 0)
                total += overlap;
        }
        return total;
    }

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : ((a - b + 1) / b);
}
