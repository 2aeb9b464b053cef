using System.Globalization;

namespace CrowdSim.DocGen;

/// <summary>Fixed, culture-independent number formats for the validation document.</summary>
internal static class DocNumbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Two decimals: <c>1.78</c>.</summary>
    public static string F2(double x) => Clean(x.ToString("0.00", Invariant));

    /// <summary>One decimal: <c>14.8</c>.</summary>
    public static string F1(double x) => Clean(x.ToString("0.0", Invariant));

    /// <summary>A share as a percentage with one decimal: <c>14.9%</c>.</summary>
    public static string Pct(double share) => F1(share * 100) + "%";

    /// <summary>A share as a whole percentage: <c>15%</c>.</summary>
    public static string Pct0(double share) => Clean((share * 100).ToString("0", Invariant)) + "%";

    /// <summary>A count with thousands separators: <c>1,302</c>.</summary>
    public static string Int(double x) => Clean(Math.Round(x).ToString("#,0", Invariant));

    /// <summary>A signed number with two decimals: <c>+0.41</c>, <c>−0.07</c> (a true minus sign).</summary>
    public static string Signed(double x)
    {
        var text = F2(Math.Abs(x));
        return text == "0.00" ? "0.00" : (x > 0 ? "+" : "−") + text;
    }

    /// <summary>A plain number for an override value: up to eight decimals, no exponent.</summary>
    public static string Plain(double x) => x.ToString("0.########", Invariant);

    // "-0.00" would make the document depend on the sign of a rounding error.
    private static string Clean(string text) => text.StartsWith('-') && text.Trim('-', '0', '.', '%').Length == 0 ? text[1..] : text;
}
