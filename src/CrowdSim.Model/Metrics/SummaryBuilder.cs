using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Metrics;

/// <summary>Turns a run's totals, worker records and wait histograms into its <see cref="RunSummary"/>.</summary>
public static class SummaryBuilder
{
    /// <summary>Builds the summary; <paramref name="waitsByPlatform"/> holds one merged histogram per platform.</summary>
    public static RunSummary Build(
        ScenarioSpec spec,
        RunTotals totals,
        IReadOnlyList<WorkerRecord> workers,
        IReadOnlyList<WaitHistogram> waitsByPlatform,
        string resultHash)
    {
        var horizonMs = (long)totals.Ticks * spec.TickMinutes * SimTime.MsPerMinute;
        var allQueues = totals.Queues.SelectMany(q => q).ToArray();
        var allWaits = new WaitHistogram();
        foreach (var histogram in waitsByPlatform)
            allWaits.Merge(histogram);

        var byRegion = new SortedDictionary<string, RegionOutcomes>(StringComparer.Ordinal);
        for (var r = 0; r < spec.Regions.Count; r++)
        {
            var region = r;
            byRegion[spec.Regions[r].Id] = RegionOf(spec, workers.Where(w => w.Region == region).ToArray(), spec.Days);
        }
        var byPlatform = new SortedDictionary<string, QueueOutcomes>(StringComparer.Ordinal);
        for (var p = 0; p < spec.Platforms.Count; p++)
            byPlatform[spec.Platforms[p].Id] = QueuesOf(totals.Queues[p], waitsByPlatform[p], horizonMs);

        var all = RegionOf(spec, workers, spec.Days);
        return new RunSummary(
            spec.Name,
            spec.Seed,
            spec.Days,
            totals.Ticks,
            spec.TickMinutes,
            workers.Count,
            resultHash,
            TasksOf(totals, allQueues),
            MoneyOf(totals),
            QueuesOf(allQueues, allWaits, horizonMs),
            new WorkerOutcomes(
                all.EffectiveHourlyWageMedian,
                all.PaidHourlyWageMedian,
                all.UnpaidShare,
                all.ShareBelowLocalMinimumWage,
                all.NightHoursShare,
                all.ChecksPerWorkerDay,
                all.Gini),
            byRegion,
            byPlatform);
    }

    private static TaskTotals TasksOf(RunTotals totals, QueueCounters[] queues) => new(
        totals.Labs.Sum(l => l.Created),
        totals.Labs.Sum(l => l.Automated),
        totals.Labs.Sum(l => l.Posted),
        queues.Sum(q => q.Submitted),
        queues.Sum(q => q.Approved),
        queues.Sum(q => q.Rejected),
        queues.Sum(q => q.Expired),
        queues.Sum(q => q.BacklogEnd + q.InServiceEnd));

    private static MoneyTotals MoneyOf(RunTotals totals) => new(
        Usd(totals.LabSpend),
        Usd(totals.MarginByVendor.Sum()),
        Usd(totals.FeesByPlatform.Sum()),
        Usd(totals.Regions.Sum(r => r.EarningsMicros)),
        Usd(totals.EscrowHeldByPlatform.Sum()));

    private static QueueOutcomes QueuesOf(IReadOnlyCollection<QueueCounters> queues, WaitHistogram waits, long horizonMs)
    {
        var taken = queues.Sum(q => q.Taken);
        var hours = SimTime.ToHours(horizonMs);
        return new QueueOutcomes(
            taken == 0 ? 0 : queues.Sum(q => q.WaitSumMs) / (double)taken / SimTime.MsPerMinute,
            waits.Quantile(0.95) / SimTime.MsPerMinute,
            horizonMs == 0 ? 0 : queues.Sum(q => q.BacklogAreaMs) / (double)horizonMs,
            hours == 0 ? 0 : queues.Sum(q => q.Submitted) / hours);
    }

    private static RegionOutcomes RegionOf(ScenarioSpec spec, IReadOnlyCollection<WorkerRecord> workers, int days)
    {
        long paid = 0, unpaid = 0, night = 0, checks = 0, earnings = 0;
        foreach (var w in workers)
        {
            paid += w.PaidMs;
            unpaid += w.UnpaidMs;
            night += w.NightMs;
            checks += w.Checks;
            earnings += w.EarningsMicros;
        }
        var gave = workers.Where(w => w.TotalMs > 0).ToArray();
        var below = gave.Count(w => w.EffectiveHourlyWage < spec.Regions[w.Region].MinimumWageUsdPerHour);
        var total = paid + unpaid;
        return new RegionOutcomes(
            workers.Count,
            SimTime.ToHours(paid),
            SimTime.ToHours(unpaid),
            Usd(earnings),
            Inequality.Median(gave.Select(w => w.EffectiveHourlyWage!.Value)),
            Inequality.Median(workers.Where(w => w.PaidMs > 0).Select(w => w.PaidHourlyWage!.Value)),
            total == 0 ? 0 : unpaid / (double)total,
            gave.Length == 0 ? 0 : below / (double)gave.Length,
            total == 0 ? 0 : night / (double)total,
            workers.Count == 0 ? 0 : checks / (double)workers.Count / days,
            Inequality.Gini(workers.Select(w => w.EarningsMicros)));
    }

    private static decimal Usd(long micros) => micros / (decimal)Money.MicrosPerUsd;
}
