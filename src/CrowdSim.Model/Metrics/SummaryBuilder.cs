using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Metrics;

/// <summary>Turns a run's totals, worker records and wait histograms into its <see cref="RunSummary"/>.</summary>
public static class SummaryBuilder
{
    private const double MinutesPerDay = 24 * 60;

    /// <summary>Builds the summary; <paramref name="waitsByQueue"/> holds each platform's per-queue histograms of waits to first pickup.</summary>
    public static RunSummary Build(
        ScenarioSpec spec,
        RunTotals totals,
        IReadOnlyList<WorkerRecord> workers,
        IReadOnlyList<IReadOnlyList<WaitHistogram>> waitsByQueue,
        string resultHash)
    {
        // With a measurement window, every figure comes from its ticks (and the workers' records over it).
        var run = totals;
        totals = run.Measured ?? run;
        var horizonMs = (long)totals.Ticks * spec.TickMinutes * SimTime.MsPerMinute;
        var participants = workers.Where(w => w.Status != WorkerStatus.Latent && w.InWindow).ToArray();
        var byRegion = new SortedDictionary<string, WorkerOutcomes>(StringComparer.Ordinal);
        for (var r = 0; r < spec.Regions.Count; r++)
        {
            var region = r;
            byRegion[spec.Regions[r].Id] = WorkerOutcomesOf.Of(spec, participants.Where(w => w.Region == region).ToArray(), [totals.Regions[r]]);
        }
        var byPlatform = new SortedDictionary<string, QueueOutcomes>(StringComparer.Ordinal);
        var byQueue = new SortedDictionary<string, QueueDetail>(StringComparer.Ordinal);
        var allWaits = new WaitHistogram();
        for (var p = 0; p < spec.Platforms.Count; p++)
        {
            var platformWaits = new WaitHistogram();
            var keys = QueueLayout.For(spec, p);
            foreach (var (name, queues) in QueueLayout.Groups(spec, p))
            {
                var counters = new QueueCounters();
                var waits = new WaitHistogram();
                foreach (var q in queues)
                {
                    counters.Add(totals.Queues[p][q]);
                    waits.Merge(waitsByQueue[p][q]);
                }
                platformWaits.Merge(waits);
                byQueue[name] = DetailOf(spec, p, keys[queues[0]], counters, waits, horizonMs);
            }
            allWaits.Merge(platformWaits);
            byPlatform[spec.Platforms[p].Id] = QueuesOf(totals.Queues[p], platformWaits, horizonMs);
        }

        return new RunSummary(
            spec.Name,
            spec.Seed,
            spec.Days,
            run.Ticks,
            spec.TickMinutes,
            participants.Length,
            resultHash,
            TasksOf(totals),
            MoneyOf(totals),
            QueuesOf(totals.Queues.SelectMany(q => q).ToArray(), allWaits, horizonMs),
            WorkerOutcomesOf.Of(spec, participants, totals.Regions),
            byRegion,
            byPlatform,
            byQueue)
        {
            Measure = spec.Measure is { } m ? new SummaryWindow(m.FromMinutes / MinutesPerDay, m.ToMinutes / MinutesPerDay, totals.Ticks) : null,
        };
    }

    private static TaskTotals TasksOf(RunTotals totals)
    {
        var queues = totals.Queues.SelectMany(q => q).ToArray();
        return new TaskTotals(
            totals.Labs.Sum(l => l.Created),
            totals.Labs.Sum(l => l.Automated),
            totals.Labs.Sum(l => l.Posted),
            queues.Sum(q => q.Submitted),
            queues.Sum(q => q.Approved),
            queues.Sum(q => q.Rejected),
            queues.Sum(q => q.Expired),
            queues.Sum(q => q.BacklogEnd + q.InServiceEnd),
            queues.Sum(q => q.Abandoned));
    }

    private static MoneyTotals MoneyOf(RunTotals totals)
    {
        var automated = totals.Labs.Sum(l => l.Automated);
        var savings = totals.Labs.Sum(l => l.AutomatedEscrowMicros) - (automated * Money.FromUsd(ModelDefaults.AutomatedLabelCostUsd));
        return new MoneyTotals(
            Usd(totals.LabSpend),
            Usd(totals.VendorMargin),
            Usd(totals.PlatformFees),
            Usd(totals.WorkerPay),
            Usd(totals.Owed),
            totals.LabSpend == 0 ? 0 : totals.WorkerPay / (double)totals.LabSpend,
            Usd(totals.TrainingPay),
            Usd(totals.Regions.Sum(r => r.SalaryMicros)),
            Usd(savings));
    }

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

    private static QueueDetail DetailOf(ScenarioSpec spec, int platform, QueueKey key, QueueCounters q, WaitHistogram waits, long horizonMs) => new(
        spec.Platforms[platform].Id,
        spec.TaskTypes[key.TaskType].Id,
        q.Arrivals,
        q.Taken,
        q.Submitted,
        q.Approved,
        q.Rejected,
        q.Abandoned,
        q.Expired,
        q.Taken == 0 ? 0 : q.WaitSumMs / (double)q.Taken / SimTime.MsPerMinute,
        waits.Quantile(0.5) / SimTime.MsPerMinute,
        waits.Quantile(0.95) / SimTime.MsPerMinute,
        q.Submitted == 0 ? 0 : q.SojournSumMs / (double)q.Submitted / SimTime.MsPerMinute,
        horizonMs == 0 ? 0 : q.BacklogAreaMs / (double)horizonMs);

    private static decimal Usd(long micros) => micros / (decimal)Money.MicrosPerUsd;
}
