using System.Globalization;
using Spectre.Console;

namespace CrowdSim.Cli.Terminal;

/// <summary>How numbers look in the experiment tables printed on the terminal.</summary>
internal static class TableNumbers
{
    public static string Format(double value) => Math.Abs(value) >= 1000
        ? value.ToString("N0", CultureInfo.InvariantCulture)
        : value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A 95% interval as <c>[lo, hi]</c> (escaped for Spectre markup), or a dash when there is none.</summary>
    public static string Interval(double? lower, double? upper) =>
        lower is { } lo && upper is { } hi ? Markup.Escape($"[{Format(lo)}, {Format(hi)}]") : "–";
}
