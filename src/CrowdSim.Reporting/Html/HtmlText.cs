using System.Globalization;
using System.Net;

namespace CrowdSim.Reporting.Html;

/// <summary>Text made safe for HTML, and numbers written the same way on every machine.</summary>
internal static class HtmlText
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string N(double value, int decimals = 0) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    public static string F(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    public static string Pct(double share, int decimals = 0) => double.IsFinite(share) ? F(share * 100, decimals) + "%" : "–";

    public static string Usd(decimal value) => "$" + value.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>"1 day", "2 days", "1,500 workers".</summary>
    public static string Count(double count, string noun) => $"{N(count)} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>A string usable in an HTML id: letters, digits, '-' and '_'.</summary>
    public static string Id(string text) => string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}
