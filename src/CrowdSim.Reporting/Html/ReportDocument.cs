using System.Globalization;
using System.Text;
using CrowdSim.Reporting.Charts;

namespace CrowdSim.Reporting.Html;

/// <summary>
/// The report page being built: headed blocks of HTML in order, a table of contents of the level 2
/// and 3 headings, and the charts, which are saved to <c>charts/</c> and inlined as SVG.
/// </summary>
internal sealed class ReportDocument(string folder)
{
    private readonly List<(int Level, string Id, string Heading, string Body)> _blocks = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public int Charts { get; private set; }

    public string Folder { get; } = folder;

    /// <summary>Adds a heading (level 2 to 4) and the HTML under it; returns its unique id.</summary>
    public string Section(int level, string id, string heading, string body)
    {
        var unique = HtmlText.Id(id);
        for (var n = 2; !_ids.Add(unique); n++)
            unique = $"{HtmlText.Id(id)}-{n}";
        _blocks.Add((level, unique, heading, body));
        return unique;
    }

    /// <summary>Saves the chart's files and adds it under its own heading, with its caption and links to the files.</summary>
    public void Chart(int level, Chart chart)
    {
        var svg = ChartFiles.Save(chart, Folder);
        Charts++;
        var file = $"{ChartFiles.Folder}/{chart.Name}";
        var body = $"""
            <figure class="chart" data-chart="{HtmlText.Encode(chart.Name)}">
            {svg}
            <figcaption>{HtmlText.Encode(chart.Caption)} <span class="files"><a href="{file}.png">PNG</a> · <a href="{file}.svg">SVG</a></span></figcaption>
            </figure>
            """;
        Section(level, "chart-" + chart.Name, chart.Title, body);
    }

    public string Render(string title, string lead)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{HtmlText.Encode(title)}</title>
            <style>{Stylesheet.Css}</style>
            </head>
            <body data-charts="{Charts}">
            <header><h1>{HtmlText.Encode(title)}</h1><p class="lead">{lead}</p></header>
            <nav class="toc" aria-label="Contents"><h2>Contents</h2>
            """);
        html.Append(Contents()).Append("</nav>\n<main>\n");
        foreach (var (level, id, heading, body) in _blocks)
            html.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\" class=\"level{level}\"><h{level}>{HtmlText.Encode(heading)}</h{level}>\n{body}\n</section>\n");
        html.Append("</main>\n<footer>Made by <code>crowdsim report</code> from the files in this folder; charts are also in <code>charts/</code> as PNG and SVG.</footer>\n");
        html.Append(CultureInfo.InvariantCulture, $"<script>{RenderCheck}</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private string Contents()
    {
        var toc = new StringBuilder("<ol>");
        var open = false;
        foreach (var (level, id, heading, _) in _blocks.Where(b => b.Level <= 3))
        {
            if (level == 2)
            {
                toc.Append(open ? "</ol></li>" : "");
                toc.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{id}\">{HtmlText.Encode(heading)}</a><ol>");
                open = true;
            }
            else
            {
                toc.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{id}\">{HtmlText.Encode(heading)}</a></li>");
            }
        }
        return toc.Append(open ? "</ol></li>" : "").Append("</ol>\n").ToString().Replace("<ol></ol>", "", StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs in the browser once the page is parsed: counts the chart placeholders holding an SVG
    /// with content and records it on the body (<c>data-rendered</c>), which a headless browser test reads.
    /// </summary>
    private const string RenderCheck = """
        (function () {
          var charts = document.querySelectorAll("figure.chart[data-chart]");
          var rendered = 0;
          for (var i = 0; i < charts.length; i++) {
            var svg = charts[i].querySelector("svg");
            if (svg && svg.childElementCount > 0 && svg.getBoundingClientRect().width > 0) rendered++;
            else charts[i].classList.add("missing");
          }
          document.body.dataset.rendered = String(rendered);
          if (rendered !== charts.length) document.body.dataset.missing = String(charts.length - rendered);
        })();
        """;
}
