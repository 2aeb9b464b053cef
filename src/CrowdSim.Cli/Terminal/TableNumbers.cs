using CrowdSim.Results;
using Spectre.Console;

namespace CrowdSim.Cli.Terminal;

/// <summary>How numbers look in the experiment tables printed on the terminal; never "-0".</summary>
internal static class TableNumbers
{
    /// <summary>
    /// Thousands with separators and no decimals, smaller numbers with up to three decimals, and a
    /// number too small for those in three significant digits (0.00042), so that a small
    /// difference never shows as 0.
    /// </summary>
    public static string Format(double value) => Math.Abs(value) switch
    {
        >= 1000 => Invariant.Format(value, "N0"),
        >= 0.001 or 0 => Invariant.Format(value, "0.###"),
        _ => Invariant.Format(value, "G3"),
    };

    /// <summary>A 95% interval as <c>[lo, hi]</c> (escaped for Spectre markup), or a dash when there is none.</summary>
    public static string Interval(double? lower, double? upper) =>
        lower is { } lo && upper is { } hi ? Markup.Escape($"[{Format(lo)}, {Format(hi)}]") : "–";
}
