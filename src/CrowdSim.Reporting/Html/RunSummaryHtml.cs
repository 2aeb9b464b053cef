using System.Globalization;
using System.Text;
using CrowdSim.Model.Metrics;
using CrowdSim.Reporting.Reading;
using CrowdSim.Results.Summary;
using static CrowdSim.Reporting.Html.HtmlText;
using static CrowdSim.Results.Summary.Figures;

namespace CrowdSim.Reporting.Html;

/// <summary>A run's headline numbers in plain language (<see cref="PlainSummary"/>, which the terminal prints too), the money split and the events.</summary>
internal static class RunSummaryHtml
{
    private static readonly (string Name, string Color)[] MoneyParts =
    [
        ("workers", "#59a14f"), ("vendors", "#4e79a7"), ("platforms", "#f28e2b"), ("in escrow", "#9c9c9c"),
    ];

    public static string Facts(RunFolder run)
    {
        var s = run.Summary;
        var regions = run.Scenario.Regions.Count > 0 ? run.Scenario.Regions.Select(r => r.Id) : s.ByRegion.Keys;
        var plain = PlainSummary.Of(s, regions);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p><b>{Encode(plain.Scenario)}</b>, seed {plain.Seed}: {Encode(plain.Overview)}.</p>\n");
        html.Append(Table(plain.Regions));
        html.Append("<ul class=\"facts\">\n");
        foreach (var fact in plain.Facts)
            html.Append(CultureInfo.InvariantCulture, $"<li><b>{Encode(fact.Topic)}:</b> {Encode(fact.Text)}</li>\n");
        html.Append("</ul>\n");
        html.Append(MoneySplit(s.Money));
        if (run.Manifest is { } manifest)
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Reproduce: <code>{Encode(manifest.Reproduce)}</code> · result hash <code>{Encode(s.ResultHash)}</code></p>\n");
        return html.ToString();
    }

    public static string Events(RunFolder run)
    {
        if (run.Scenario.Events.Count == 0)
            return "<p>The scenario has no events.</p>";
        var end = run.Series.Buckets.EndMinutes;
        var html = new StringBuilder("<div class=\"scroll\"><table class=\"data\"><thead><tr><th>when</th><th class=\"text\">event</th><th class=\"text\">details</th></tr></thead><tbody>\n");
        foreach (var e in run.Scenario.Events)
        {
            var after = e.AtMinute >= end ? " <span class=\"muted\">(after the run ended)</span>" : "";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(e.When)}{after}</td><td class=\"text\">{Encode(e.Type)}</td><td class=\"text\">{Encode(e.Details)}</td></tr>\n");
        }
        return html.Append("</tbody></table></div>\n<p class=\"muted\">Times are UTC from day 1, 00:00 (a Monday). Every time chart marks these events with dashed lines.</p>").ToString();
    }

    private static string Table(SummaryTable table)
    {
        var html = new StringBuilder("<div class=\"scroll\"><table class=\"data\"><caption class=\"muted\" style=\"caption-side:bottom;text-align:left\">")
            .Append(Encode(table.Caption)).Append("</caption>\n<thead><tr>");
        foreach (var column in table.Columns)
            html.Append(CultureInfo.InvariantCulture, $"<th>{Encode(column)}</th>");
        html.Append("</tr></thead><tbody>\n");
        foreach (var row in table.Rows)
            html.Append(row.Total ? "<tr class=\"total\">" : "<tr>").Append(string.Concat(row.Cells.Select(c => $"<td>{Encode(c)}</td>"))).Append("</tr>\n");
        return html.Append("</tbody></table></div>\n").ToString();
    }

    private static string MoneySplit(MoneyTotals m)
    {
        var parts = new[] { m.WorkerPay, m.VendorMargin, m.PlatformFees, m.OwedAtEnd };
        var total = parts.Where(p => p > 0).Sum();
        if (total <= 0)
            return "";
        var bar = new StringBuilder("<div class=\"split\" role=\"img\" aria-label=\"Where the labs' money went\">");
        var legend = new StringBuilder("<div class=\"legend\">");
        for (var i = 0; i < parts.Length; i++)
        {
            var share = (double)(Math.Max(0, parts[i]) / total);
            if (share <= 0)
                continue;
            bar.Append(CultureInfo.InvariantCulture, $"<span style=\"width:{F(share * 100, 2)}%;background:{MoneyParts[i].Color}\">{(share >= 0.08 ? Pct(share) : "")}</span>");
            legend.Append(CultureInfo.InvariantCulture, $"<span><i style=\"background:{MoneyParts[i].Color}\"></i>{MoneyParts[i].Name} {Pct(share, 1)}</span>");
        }
        return $"<p class=\"muted\" style=\"margin-bottom:0\">Where each dollar the labs spent went:</p>{bar}</div>{legend}</div>\n";
    }
}
