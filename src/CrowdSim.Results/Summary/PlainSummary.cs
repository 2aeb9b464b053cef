using CrowdSim.Model.Metrics;
using static CrowdSim.Results.Summary.Figures;

namespace CrowdSim.Results.Summary;

/// <summary>
/// A run's headline results in plain language, as data: what was run, what work paid by region,
/// and a sentence each on tasks, queues, workers' time and money. The terminal and report.html
/// both render this one text.
/// </summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Seed">Its seed.</param>
/// <param name="Overview">What was run: "1 day (96 ticks of 15 min), 150 workers in us, kenya".</param>
/// <param name="Regions">What work paid, a row per region and one for all.</param>
/// <param name="Facts">The headlines, in order.</param>
public sealed record PlainSummary(string Scenario, ulong Seed, string Overview, SummaryTable Regions, IReadOnlyList<SummaryFact> Facts)
{
    private static readonly string[] RegionColumns =
        ["region", "workers", "$/h all time", "$/h paid time", "unpaid", "below min. wage", "night", "checks / day", "night wake-ups / day"];

    /// <summary>The plain-language summary of <paramref name="s"/>; <paramref name="regions"/> lists the scenario's regions for the overview.</summary>
    public static PlainSummary Of(RunSummary s, IEnumerable<string> regions)
    {
        var overview = $"{Count(s.Days, "day")} ({N(s.Ticks)} ticks of {s.TickMinutes} min), {Count(s.Workers, "worker")} in {string.Join(", ", regions)}";
        var table = new SummaryTable(
            "What work paid, by region (medians over workers)",
            RegionColumns,
            [.. s.ByRegion.Select(r => Row(r.Key, r.Value, total: false)), Row("all", s.WorkerOutcomes, total: true)],
            "$/h all time: earnings ÷ (paid + unpaid hours), median over workers; $/h paid time: earnings ÷ paid hours. Unpaid and night: shares of all hours.");
        return new PlainSummary(s.Scenario, s.Seed, overview, table, FactsOf(s));
    }

    private static SummaryTableRow Row(string name, WorkerOutcomes r, bool total) => new(
        [
            name, N(r.Workers), "$" + F(r.EffectiveHourlyWageMedian, 2), "$" + F(r.PaidHourlyWageMedian, 2), Pct(r.UnpaidShare),
            Pct(r.ShareBelowLocalMinimumWage), Pct(r.NightHoursShare), F(r.ChecksPerWorkerDay, 1), F(r.NightWakeupsPerWorkerDay, 2),
        ],
        total);

    private static SummaryFact[] FactsOf(RunSummary s)
    {
        var t = s.Tasks;
        var q = s.Queue;
        var w = s.WorkerOutcomes;
        var m = s.Money;
        var approved = t.Completed == 0 ? "–" : Pct(t.Approved / (double)t.Completed, 1);
        return
        [
            new("Tasks", $"{N(t.Created)} created; {N(t.Automated)} automated by labs; {N(t.Completed)} completed ({approved} approved); "
                + $"{N(t.Expired)} expired untaken; {N(t.OpenAtEnd)} open at the end."),
            new("Queues", $"tasks waited {F(q.MeanWaitMinutes, 1)} min on average for a worker (95% within {F(q.P95WaitMinutes, 1)} min); "
                + $"{N(q.MeanBacklog, 1)} tasks waiting on average; {N(q.ThroughputPerHour, 1)} completed per hour."),
            new("Workers' time", $"{N(w.PaidHours)} paid hours and {N(w.UnpaidHours)} unpaid ({Pct(w.UnpaidShare)}): "
                + $"{N(w.SearchHours)} searching for work, {N(w.RejectedHours)} on rejected work, {N(w.AbandonedHours)} on abandoned work, {N(w.TrainingHours)} in training. "
                + $"{Pct(w.NightHoursShare)} of all hours at night; {F(w.ChecksPerWorkerDay, 1)} checks of the queue and {F(w.NightWakeupsPerWorkerDay, 2)} night wake-ups per worker per day."),
            new("Money", $"labs spent {Usd(m.LabSpend)}; workers received {Usd(m.WorkerPay)} ({Share(m.WorkerPay, m.LabSpend)}), "
                + $"vendors kept {Usd(m.VendorMargin)}, platforms {Usd(m.PlatformFees)}; {Usd(m.OwedAtEnd)} still in escrow. Inequality of earnings (Gini): {F(w.Gini, 2)}."),
        ];
    }
}
