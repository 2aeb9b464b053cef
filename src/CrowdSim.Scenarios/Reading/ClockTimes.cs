using System.Globalization;
using System.Text.RegularExpressions;

namespace CrowdSim.Scenarios.Reading;

/// <summary>Clock readings in scenario files: times of day (<c>23:00</c>), sleep windows (<c>23:00-07:00</c>) and UTC offsets (<c>-05:00</c> or <c>-5</c>).</summary>
internal static partial class ClockTimes
{
    public const int MaxUtcOffsetMinutes = 14 * 60;

    /// <summary>Minutes after midnight for <c>HH:MM</c> (00:00 to 23:59); null otherwise.</summary>
    public static int? MinuteOfDay(string text)
    {
        var match = TimeOfDayPattern().Match(text.Trim());
        if (!match.Success)
            return null;
        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
    }

    /// <summary>Start and end minute of a window <c>HH:MM-HH:MM</c> whose ends differ; null otherwise.</summary>
    public static (int Start, int End)? Window(string text)
    {
        var parts = text.Split('-');
        if (parts.Length != 2 || MinuteOfDay(parts[0]) is not { } start || MinuteOfDay(parts[1]) is not { } end)
            return null;
        return start != end ? (start, end) : null;
    }

    /// <summary>
    /// Local time minus UTC in minutes, from <c>+05:30</c> / <c>-05:00</c> or a number of hours
    /// (<c>5.5</c>, <c>-5</c>), within ±14 hours; null otherwise.
    /// </summary>
    public static int? UtcOffsetMinutes(string text)
    {
        var minutes = FromHoursAndMinutes(text) ?? FromHours(text);
        return minutes is { } m && Math.Abs(m) <= MaxUtcOffsetMinutes ? m : null;
    }

    private static int? FromHoursAndMinutes(string text)
    {
        var match = OffsetPattern().Match(text);
        if (!match.Success)
            return null;
        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (minutes >= 60)
            return null;
        var sign = match.Groups["sign"].Value == "-" ? -1 : 1;
        return sign * (hours * 60 + minutes);
    }

    private static int? FromHours(string text)
    {
        if (Numbers.Real(text) is not { } hours || Math.Abs(hours) > 24)
            return null;
        var minutes = hours * 60;
        return minutes == Math.Round(minutes) ? (int)minutes : null;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<m>\d{2})$")]
    private static partial Regex TimeOfDayPattern();

    [GeneratedRegex(@"^(?<sign>[+-]?)(?<h>\d{1,2}):(?<m>\d{2})$")]
    private static partial Regex OffsetPattern();
}
