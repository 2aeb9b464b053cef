using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Metrics;

/// <summary>Computes <see cref="WorkerOutcomes"/> for a set of workers from their records (and, for the pool's half-life, the weekly review counts).</summary>
public static class WorkerOutcomesOf
{
    private const double WeeksPerMonth = 365.25 / 12 / 7;

    public static WorkerOutcomes Of(ScenarioSpec spec, IReadOnlyCollection<WorkerRecord> workers, IEnumerable<RegionCounters> regionTotals)
    {
        long paid = 0, search = 0, rejected = 0, abandoned = 0, training = 0, night = 0, checks = 0, nightChecks = 0, earnings = 0;
        foreach (var w in workers)
        {
            paid += w.PaidMs;
            search += w.SearchMs;
            rejected += w.RejectedMs;
            abandoned += w.AbandonedMs;
            training += w.TrainingMs;
            night += w.NightMs;
            checks += w.Checks;
            nightChecks += w.NightChecks;
            earnings += w.EarningsMicros;
        }
        var unpaid = search + rejected + abandoned + training;
        var total = paid + unpaid;
        // Wage statistics are over workers who joined the workforce; boot-camp drop-outs' unpaid
        // hours stay in the pooled hours above but would swamp the medians with zeros.
        var joined = workers.Where(w => w.EverActive).ToArray();
        var gave = joined.Where(w => w.TotalMs > 0).ToArray();
        var below = gave.Count(w => w.EffectiveHourlyWage < spec.Regions[w.Region].MinimumWageUsdPerHour);
        var stretches = joined.Where(w => w.LongestStretchMs > 0).Select(w => SimTime.ToHours(w.LongestStretchMs)).ToArray();
        var volatility = joined.Where(w => w.WeeklyEarningsCv is not null).Select(w => w.WeeklyEarningsCv!.Value).ToArray();
        var counted = regionTotals.ToArray();
        var atRisk = counted.Sum(r => r.WorkerWeeksAtRisk);
        var departed = counted.Sum(r => r.Departures);
        var workerDays = workers.Count * (spec.Measure is { } m ? (m.ToMinutes - m.FromMinutes) * SimTime.MsPerMinute / (double)SimTime.MsPerDay : spec.Days);
        return new WorkerOutcomes(
            Inequality.Median(gave.Select(w => w.EffectiveHourlyWage!.Value)),
            Inequality.Median(joined.Where(w => w.PaidMs > 0).Select(w => w.PaidHourlyWage!.Value)),
            Share(unpaid, total),
            gave.Length == 0 ? 0 : below / (double)gave.Length,
            Share(night, total),
            workerDays == 0 ? 0 : checks / workerDays,
            Inequality.Gini(joined.Select(w => w.EarningsMicros)),
            workers.Count,
            SimTime.ToHours(paid),
            SimTime.ToHours(unpaid),
            earnings / (decimal)Money.MicrosPerUsd,
            SimTime.ToHours(search),
            SimTime.ToHours(rejected),
            SimTime.ToHours(abandoned),
            SimTime.ToHours(training),
            workerDays == 0 ? 0 : nightChecks / workerDays,
            Inequality.Median(stretches),
            stretches.Length == 0 ? 0 : stretches.Max(),
            Inequality.TopShare(joined.Select(w => w.EarningsMicros), 0.10),
            volatility.Length == 0 ? null : Inequality.Median(volatility),
            workers.Count(w => w.Deactivations > 0),
            workers.Count(w => w.Status == WorkerStatus.Left),
            workers.Count(w => w.JoinedMs > 0 && JoinedInWindow(spec, w.JoinedMs)),
            workers.Count(w => w.Status == WorkerStatus.DroppedOut),
            departed == 0 || atRisk == 0 ? null : Math.Log(2) / (departed / (double)atRisk) / WeeksPerMonth);
    }

    // Without a window every join counts, boot camps ending past the horizon too; a window that ends
    // with the run counts those as well, so that it gives the whole run's figures.
    private static bool JoinedInWindow(ScenarioSpec spec, long joinedMs) =>
        spec.Measure is not { } m
        || (joinedMs >= m.FromMinutes * SimTime.MsPerMinute && (joinedMs < m.ToMinutes * SimTime.MsPerMinute || m.ToMinutes >= spec.Days * 24L * 60));

    private static double Share(long part, long whole) => whole == 0 ? 0 : part / (double)whole;
}
