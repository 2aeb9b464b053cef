using System.Globalization;

namespace CrowdSim.Results;

/// <summary>
/// How numbers and flags are written into result files and read back: invariant culture,
/// doubles in shortest round-trip form, <c>true</c>/<c>false</c>, an empty cell for null.
/// Also the one place where a number becomes text for people (<see cref="Format(double, string)"/>),
/// so that no file, table or page ever shows a negative zero.
/// </summary>
public static class Invariant
{
    /// <summary>The format of doubles: the shortest text that reads back as the same double.</summary>
    public const string DoubleFormat = "R";

    public static string Format(double value) => Unsigned(value).ToString(DoubleFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="value"/> in a .NET numeric <paramref name="format"/> ("F1", "N0", "0.###"),
    /// invariant culture, without the sign of a zero: -0.0, and a small negative number that rounds
    /// to zero in that format (-0.0004 in "F1"), are written as zero ("0.0"), not "-0.0".
    /// </summary>
    public static string Format(double value, string format)
    {
        var text = Unsigned(value).ToString(format, CultureInfo.InvariantCulture);
        return text.Length > 1 && text[0] == '-' && IsZero(text) ? text[1..] : text;
    }

    /// <summary>The value with a negative zero made positive; every other value unchanged (what "R" formatting needs).</summary>
    public static double Unsigned(double value) => value == 0 ? 0d : value;

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(double? value) => value is { } v ? Format(v) : "";

    public static string Format(long? value) => value is { } v ? Format(v) : "";

    public static string Format(bool value) => value ? "true" : "false";

    public static bool TryParse(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    public static bool TryParse(ReadOnlySpan<char> text, out long value) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    public static bool TryParse(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    public static bool TryParse(ReadOnlySpan<char> text, out bool value)
    {
        value = text.SequenceEqual("true");
        return value || text.SequenceEqual("false");
    }

    // Whether formatted text stands for zero: no digit other than 0 before any exponent.
    private static bool IsZero(string text)
    {
        var mantissa = text.AsSpan();
        var exponent = mantissa.IndexOfAny('E', 'e');
        if (exponent >= 0)
            mantissa = mantissa[..exponent];
        return !mantissa.ContainsAnyInRange('1', '9');
    }
}
