using System.Globalization;
using System.Text.RegularExpressions;

namespace CrowdSim.Scenarios.Reading;

/// <summary>Durations written with units: <c>15m</c>, <c>36h</c>, <c>14d</c>, or combinations like <c>1d12h</c> and <c>2h30m</c>.</summary>
internal static partial class Durations
{
    private const int MinutesPerHour = 60;
    private const int MinutesPerDay = 24 * MinutesPerHour;

    /// <summary>The duration in whole minutes, or null when the text is not a duration (a bare number has no unit and is not one).</summary>
    public static long? Minutes(string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success || text.Length == 0)
            return null;
        return Part(match, "d") * MinutesPerDay + Part(match, "h") * MinutesPerHour + Part(match, "m");
    }

    private static long Part(Match match, string unit)
    {
        var group = match.Groups[unit];
        return group.Success ? long.Parse(group.Value, CultureInfo.InvariantCulture) : 0;
    }

    // At most nine digits per part, so the total always fits in a long.
    [GeneratedRegex(@"^(?:(?<d>\d{1,9})d)?(?:(?<h>\d{1,9})h)?(?:(?<m>\d{1,9})m)?$")]
    private static partial Regex DurationPattern();
}
