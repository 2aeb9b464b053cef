using System.Globalization;
using System.Text.RegularExpressions;

namespace CrowdSim.Reporting.Charts;

/// <summary>
/// Saves a chart as PNG and SVG under <c>charts/</c> and gives its SVG ready to inline in HTML:
/// no XML prolog or namespace declarations, scalable to the page's width, with ids unique per
/// chart (several inline SVGs share one document, so two <c>clip1</c>s would clash).
/// </summary>
internal static partial class ChartFiles
{
    /// <summary>The charts' folder in the results folder.</summary>
    public const string Folder = Results.RunFiles.Charts;

    public static string Save(Chart chart, string reportFolder)
    {
        ChartStyle.Finish(chart.Plot);
        var folder = Path.Combine(reportFolder, Folder);
        Directory.CreateDirectory(folder);
        chart.Plot.SavePng(Path.Combine(folder, chart.Name + ".png"), chart.Width, chart.Height);
        var svg = RenumberIds(chart.Plot.GetSvgXml(chart.Width, chart.Height), chart.Name);
        File.WriteAllText(Path.Combine(folder, chart.Name + ".svg"), svg);
        return Inline(svg, chart.Title, chart.Width, chart.Height);
    }

    /// <summary>
    /// Names the SVG's ids <c>prefix-1</c>, <c>prefix-2</c>, ... in order: unique on a page of
    /// charts with different prefixes, and the same every time (Skia numbers them with a counter
    /// that runs on across charts).
    /// </summary>
    public static string RenumberIds(string svg, string prefix)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = Id().Replace(svg, m =>
        {
            var id = $"{prefix}-{ids.Count + 1}";
            ids[m.Groups[1].Value] = id;
            return $"id=\"{id}\"";
        });
        return Reference().Replace(text, m => $"{m.Groups[1].Value}#{(ids.TryGetValue(m.Groups[2].Value, out var id) ? id : m.Groups[2].Value)}");
    }

    /// <summary>The SVG ready to place in HTML (ids already renumbered).</summary>
    public static string Inline(string svg, string title, int width, int height)
    {
        var text = Prolog().Replace(svg, "");
        text = Namespace().Replace(text, "");
        text = FontFamily().Replace(text, m => $"font-family=\"{m.Groups[1].Value}, Verdana, Arial, sans-serif\"");
        var size = string.Create(CultureInfo.InvariantCulture, $"viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Html.HtmlText.Encode(title)}\"");
        var open = SvgOpen().Match(text);
        if (!open.Success)
            throw new InvalidOperationException("the chart's SVG has no <svg> element");
        return text[..open.Index] + $"<svg {size}>" + text[(open.Index + open.Length)..].Trim();
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>\s*")]
    private static partial Regex Prolog();

    [GeneratedRegex(@"\s+xmlns(:\w+)?=""[^""]*""")]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\bid=""([^""]+)""")]
    private static partial Regex Id();

    [GeneratedRegex(@"(url\(|href="")#([^)""]+)")]
    private static partial Regex Reference();

    [GeneratedRegex(@"font-family=""([^""]+)""")]
    private static partial Regex FontFamily();

    [GeneratedRegex(@"<svg\b[^>]*>")]
    private static partial Regex SvgOpen();
}
