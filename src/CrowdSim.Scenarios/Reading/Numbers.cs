using System.Globalization;

namespace CrowdSim.Scenarios.Reading;

/// <summary>Culture-independent parsing of the numbers written in scenario files.</summary>
internal static class Numbers
{
    /// <summary>A finite decimal number such as 2, -5.5 or 1e6; null otherwise.</summary>
    public static double? Real(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : null;

    /// <summary>A whole number such as 1500 or -3; null otherwise.</summary>
    public static long? Integer(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A share between 0 and 1, written as a fraction (0.2) or a percentage (20%); null otherwise.</summary>
    public static double? Share(string text)
    {
        var percent = text.EndsWith('%');
        var number = Real(percent ? text[..^1].TrimEnd() : text);
        var share = percent ? number / 100 : number;
        return share is >= 0 and <= 1 ? share : null;
    }
}
