using System.Net;

namespace CrowdSim.Reporting.Html;

/// <summary>Text made safe for HTML (numbers are written by <see cref="Results.Summary.Figures"/>).</summary>
internal static class HtmlText
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A string usable in an HTML id: letters, digits, '-' and '_'.</summary>
    public static string Id(string text) => string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}
