using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Writing;

/// <summary>
/// Writes single values the way scenario files spell them, so that <see cref="ScenarioLoader"/>
/// reads back exactly the same value.
/// </summary>
internal static partial class YamlScalars
{
    private const int MinutesPerHour = 60;
    private const int MinutesPerDay = 24 * MinutesPerHour;

    /// <summary>Text as a plain word when that is safe, else double-quoted with escapes.</summary>
    public static string Text(string text) =>
        PlainWord().IsMatch(text) && !ReservedWord().IsMatch(text) ? text : Quoted(text);

    /// <summary>The shortest decimal that reads back as the same double (e.g. <c>0.1</c>, <c>1E-07</c>).</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>An enum member in kebab case: <c>CheapestFirst</c> → <c>cheapest-first</c>.</summary>
    public static string Kebab<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) =>
            char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>A duration such as <c>1d2h30m</c>; <c>0m</c> for zero.</summary>
    public static string Duration(long minutes)
    {
        if (minutes == 0)
            return "0m";
        var text = new StringBuilder();
        Append(text, minutes / MinutesPerDay, 'd');
        Append(text, minutes % MinutesPerDay / MinutesPerHour, 'h');
        Append(text, minutes % MinutesPerHour, 'm');
        return text.ToString();
    }

    /// <summary>A duration given in hours, to the nearest whole minute (the finest a file can say).</summary>
    public static string DurationOfHours(double hours) => Duration((long)Math.Round(hours * MinutesPerHour));

    /// <summary>A duration given in days, to the nearest whole minute.</summary>
    public static string DurationOfDays(double days) => Duration((long)Math.Round(days * MinutesPerDay));

    /// <summary>An event time such as <c>day 3 06:00</c>.</summary>
    public static string EventTime(long minute) => EventTimes.Describe(minute);

    /// <summary>A local time window such as <c>"23:00-07:00"</c>.</summary>
    public static string Window(int startMinute, int endMinute) =>
        $"\"{TimeOfDay(startMinute)}-{TimeOfDay(endMinute)}\"";

    /// <summary>A UTC offset such as <c>"+05:30"</c> or <c>"-05:00"</c>.</summary>
    public static string UtcOffset(int minutes)
    {
        var sign = minutes < 0 ? '-' : '+';
        return $"\"{sign}{TimeOfDay(Math.Abs(minutes))}\"";
    }

    /// <summary>A flow mapping such as <c>{hours: 4, passRate: 0.6}</c>; fields whose value is null are left out.</summary>
    public static string Flow(params (string Key, string? Value)[] fields) =>
        $"{{{string.Join(", ", fields.Where(f => f.Value is not null).Select(f => $"{f.Key}: {f.Value}"))}}}";

    /// <summary>A flow list such as <c>[a, b]</c>.</summary>
    public static string FlowList(IEnumerable<string> items) => $"[{string.Join(", ", items.Select(Text))}]";

    private static void Append(StringBuilder text, long amount, char unit)
    {
        if (amount > 0)
            text.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
    }

    private static string TimeOfDay(int minute) =>
        FormattableString.Invariant($"{minute / MinutesPerHour:00}:{minute % MinutesPerHour:00}");

    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"' or '\\':
                    quoted.Append('\\').Append(c);
                    break;
                // Control characters, YAML's extra line breaks and the byte-order mark would not read back as written.
                case < ' ' or '\u007f' or '\u0085' or '\u2028' or '\u2029' or '\ufeff':
                    quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    break;
                default:
                    quoted.Append(c);
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.-]*$")]
    private static partial Regex PlainWord();

    // Words YAML tools may read as null or a boolean.
    [GeneratedRegex("^(null|true|false|yes|no|on|off|y|n)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReservedWord();
}
