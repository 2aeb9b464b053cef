using System.Globalization;

namespace CrowdSim.Results;

/// <summary>
/// How numbers and flags are written into result files and read back: invariant culture,
/// doubles in shortest round-trip form, <c>true</c>/<c>false</c>, an empty cell for null.
/// </summary>
public static class Invariant
{
    /// <summary>The format of doubles: the shortest text that reads back as the same double.</summary>
    public const string DoubleFormat = "R";

    public static string Format(double value) => value.ToString(DoubleFormat, CultureInfo.InvariantCulture);

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
}
