using System.Globalization;
using System.Text.RegularExpressions;

namespace CrowdSim.Scenarios.Reading;

/// <summary>
/// When an event happens: <c>day N</c> or <c>day N HH:MM</c> (day 1 starts at minute 0, UTC),
/// or a duration from the start such as <c>36h</c> or <c>9d12h</c>.
/// </summary>
internal static partial class EventTimes
{
    private const int MinutesPerDay = 24 * 60;

    /// <summary>Minutes after the start of the run; null when the text is not an event time.</summary>
    public static long? Minute(string text)
    {
        var match = DayPattern().Match(text.Trim());
        if (!match.Success)
            return Durations.Minutes(text);

        var day = long.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var time = match.Groups["time"];
        var minuteOfDay = time.Success ? ClockTimes.MinuteOfDay(time.Value) : 0;
        if (day < 1 || minuteOfDay is null)
            return null;
        return (day - 1) * MinutesPerDay + minuteOfDay.Value;
    }

    /// <summary>Writes a minute as <c>day N</c> or <c>day N HH:MM</c>, as a user would.</summary>
    public static string Describe(long minute)
    {
        var day = minute / MinutesPerDay + 1;
        var minuteOfDay = minute % MinutesPerDay;
        return minuteOfDay == 0
            ? $"day {day}"
            : FormattableString.Invariant($"day {day} {minuteOfDay / 60:00}:{minuteOfDay % 60:00}");
    }

    [GeneratedRegex(@"^day\s+(?<day>\d{1,7})(?:\s+(?<time>\d{1,2}:\d{2}))?$")]
    private static partial Regex DayPattern();
}
