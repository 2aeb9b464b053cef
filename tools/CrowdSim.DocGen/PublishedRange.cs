using System.Globalization;

namespace CrowdSim.DocGen;

/// <summary>The numeric range a figure's value states: <c>0.43</c>, <c>12-18</c>, <c>up to 0.70</c>.</summary>
internal readonly record struct PublishedRange(double Low, double High)
{
    /// <summary>Reads a figure's value; a single number is a range of one point.</summary>
    /// <exception cref="FormatException">The value is not a number, a range or "up to" a number.</exception>
    public static PublishedRange Parse(string value)
    {
        var text = value.Trim();
        if (text.StartsWith("up to ", StringComparison.Ordinal))
            return new PublishedRange(0, Number(text["up to ".Length..]));
        var dash = text.IndexOf('-', 1);
        return dash < 0
            ? new PublishedRange(Number(text), Number(text))
            : new PublishedRange(Number(text[..dash]), Number(text[(dash + 1)..]));
    }

    /// <summary>Where <paramref name="x"/> lies relative to the range.</summary>
    public RangeSide Side(double x) => x < Low ? RangeSide.Below : x > High ? RangeSide.Above : RangeSide.Within;

    private static double Number(string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            ? x
            : throw new FormatException($"not a number: '{text}'");
}
