using System.Text;
using CrowdSim.Model.Metrics;
using CrowdSim.Reporting.Reading;
using static CrowdSim.Reporting.Html.HtmlText;

namespace CrowdSim.Reporting.Html;

/// <summary>A run's headline numbers in plain language, as summary.json holds them.</summary>
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
        var html = new StringBuilder();
        html.Append($"<p><b>{Encode(s.Scenario)}</b>, seed {s.Seed}: {Count(s.Days, "day")} ({N(s.Ticks)} ticks of {s.TickMinutes} min), ")
            .Append($"{Count(s.Workers, "worker")} in {Encode(string.Join(", ", regions))}.</p>\n");
        html.Append(RegionTable(s));
        var t = s.Tasks;
        var q = s.Queue;
        var w = s.WorkerOutcomes;
        var m = s.Money;
        html.Append("<ul class=\"facts\">\n")
            .Append($"<li><b>Tasks:</b> {N(t.Created)} created; {N(t.Automated)} automated by labs; {N(t.Completed)} completed ")
            .Append($"({(t.Completed == 0 ? "–" : Pct(t.Approved / (double)t.Completed, 1))} approved); {N(t.Expired)} expired untaken; {N(t.OpenAtEnd)} open at the end.</li>\n")
            .Append($"<li><b>Queues:</b> tasks waited {F(q.MeanWaitMinutes, 1)} min on average for a worker (95% within {F(q.P95WaitMinutes, 1)} min); ")
            .Append($"{N(q.MeanBacklog, 1)} tasks waiting on average; {N(q.ThroughputPerHour, 1)} completed per hour.</li>\n")
            .Append($"<li><b>Workers' time:</b> {N(w.PaidHours)} paid hours and {N(w.UnpaidHours)} unpaid ({Pct(w.UnpaidShare)}): ")
            .Append($"{N(w.SearchHours)} searching for work, {N(w.RejectedHours)} on rejected work, {N(w.AbandonedHours)} on abandoned work, {N(w.TrainingHours)} in training. ")
            .Append($"{Pct(w.NightHoursShare)} of all hours at night; {F(w.ChecksPerWorkerDay, 1)} checks of the queue and {F(w.NightWakeupsPerWorkerDay, 2)} night wake-ups per worker per day.</li>\n")
            .Append($"<li><b>Money:</b> labs spent {Usd(m.LabSpend)}; workers received {Usd(m.WorkerPay)} ({Share(m.WorkerPay, m.LabSpend)}), ")
            .Append($"vendors kept {Usd(m.VendorMargin)}, platforms {Usd(m.PlatformFees)}; {Usd(m.OwedAtEnd)} still in escrow. Inequality of earnings (Gini): {F(w.Gini, 2)}.</li>\n")
            .Append("</ul>\n");
        html.Append(MoneySplit(m));
        if (run.Manifest is { } manifest)
            html.Append($"<p class=\"muted\">Reproduce: <code>{Encode(manifest.Reproduce)}</code> · result hash <code>{Encode(s.ResultHash)}</code></p>\n");
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
            html.Append($"<tr><td>{Encode(e.When)}{after}</td><td class=\"text\">{Encode(e.Type)}</td><td class=\"text\">{Encode(e.Details)}</td></tr>\n");
        }
        return html.Append("</tbody></table></div>\n<p class=\"muted\">Times are UTC from day 1, 00:00 (a Monday). Every time chart marks these events with dashed lines.</p>").ToString();
    }

    private static string RegionTable(RunSummary s)
    {
        var html = new StringBuilder("<div class=\"scroll\"><table class=\"data\"><caption class=\"muted\" style=\"caption-side:bottom;text-align:left\">")
            .Append("$/h all time: earnings ÷ (paid + unpaid hours), median over workers; $/h paid time: earnings ÷ paid hours. Unpaid and night: shares of all hours.</caption>\n")
            .Append("<thead><tr><th>region</th><th>workers</th><th>$/h all time</th><th>$/h paid time</th><th>unpaid</th><th>below min. wage</th><th>night</th><th>checks / day</th><th>night wake-ups / day</th></tr></thead><tbody>\n");
        foreach (var (region, r) in s.ByRegion)
            html.Append(Row(Encode(region), r, ""));
        html.Append(Row("all", s.WorkerOutcomes, " class=\"total\""));
        return html.Append("</tbody></table></div>\n").ToString();
    }

    private static string Row(string name, WorkerOutcomes r, string attributes) =>
        $"<tr{attributes}><td>{name}</td><td>{N(r.Workers)}</td><td>${F(r.EffectiveHourlyWageMedian, 2)}</td><td>${F(r.PaidHourlyWageMedian, 2)}</td>"
        + $"<td>{Pct(r.UnpaidShare)}</td><td>{Pct(r.ShareBelowLocalMinimumWage)}</td><td>{Pct(r.NightHoursShare)}</td>"
        + $"<td>{F(r.ChecksPerWorkerDay, 1)}</td><td>{F(r.NightWakeupsPerWorkerDay, 2)}</td></tr>\n";

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
            bar.Append($"<span style=\"width:{F(share * 100, 2)}%;background:{MoneyParts[i].Color}\">{(share >= 0.08 ? Pct(share) : "")}</span>");
            legend.Append($"<span><i style=\"background:{MoneyParts[i].Color}\"></i>{MoneyParts[i].Name} {Pct(share, 1)}</span>");
        }
        return $"<p class=\"muted\" style=\"margin-bottom:0\">Where each dollar the labs spent went:</p>{bar}</div>{legend}</div>\n";
    }

    private static string Share(decimal part, decimal whole) => whole == 0 ? "–" : Pct((double)(part / whole));
}
