using System.Text.RegularExpressions;

namespace CrowdSim.Reporting.Tests;

/// <summary>Reads a report the way the tests check it: its chart figures and their inline SVG.</summary>
internal static partial class ReportHtml
{
    /// <summary>Each chart placeholder's name and the SVG inside it.</summary>
    public static IReadOnlyList<(string Name, string Svg)> Charts(string html) =>
        Figure().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToArray();

    /// <summary>Every way a page could load something from the network.</summary>
    public static IReadOnlyList<string> ExternalReferences(string html) =>
        External().Matches(html).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"<figure class=""chart"" data-chart=""([^""]+)"">\s*(<svg\b.*?</svg>)", RegexOptions.Singleline)]
    private static partial Regex Figure();

    [GeneratedRegex(@"https?://|//[a-z0-9.-]+\.[a-z]{2,}/|<link\b|<script\b[^>]*\bsrc=|<img\b|<iframe\b|@import|url\((?!#)", RegexOptions.IgnoreCase)]
    private static partial Regex External();
}
