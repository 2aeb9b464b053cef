using System.Globalization;

namespace CrowdSim.Results.Summary;

/// <summary>Numbers as people read them, the same on every machine: "1,234", "29.4%", "$1,234.50", "2 days"; never "-0" (see <see cref="Invariant.Format(double, string)"/>).</summary>
public static class Figures
{
    /// <summary>With thousands separators: <c>N(1234.5, 1)</c> is "1,234.5".</summary>
    public static string N(double value, int decimals = 0) => Invariant.Format(value, "N" + decimals);

    /// <summary>Fixed decimals, no separators: <c>F(1.314, 2)</c> is "1.31".</summary>
    public static string F(double value, int decimals) => Invariant.Format(value, "F" + decimals);

    /// <summary>A share as a percentage: <c>Pct(0.294, 1)</c> is "29.4%"; "–" when undefined.</summary>
    public static string Pct(double share, int decimals = 0) => double.IsFinite(share) ? F(share * 100, decimals) + "%" : "–";

    /// <summary>US dollars with cents: "$1,234.50".</summary>
    public static string Usd(decimal value) => "$" + value.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>"1 day", "2 days", "1,500 workers".</summary>
    public static string Count(double count, string noun) => $"{N(count)} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>A part of a whole as a percentage; "–" when the whole is zero.</summary>
    public static string Share(decimal part, decimal whole) => whole == 0 ? "–" : Pct((double)(part / whole));
}
