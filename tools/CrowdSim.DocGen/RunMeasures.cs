using CrowdSim.Model.Market;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;

namespace CrowdSim.DocGen;

/// <summary>Measures of a run that the literature comparison needs beyond summary.json.</summary>
internal static class RunMeasures
{
    /// <summary>A region's pooled paid-time and effective wages (earnings ÷ paid hours, ÷ all hours) over days [from, to).</summary>
    public static (double PaidTime, double Effective) PooledWages(this ScenarioRun run, string region, int fromDay, int toDay)
    {
        var c = run.Ticks.Span(run.Spec.RegionIndex(region), fromDay, toDay);
        var earnings = Money.ToUsd(c.EarningsMicros);
        var paid = SimTime.ToHours(c.PaidMs);
        var all = SimTime.ToHours(c.PaidMs + c.UnpaidMs);
        return (paid > 0 ? earnings / paid : 0, all > 0 ? earnings / all : 0);
    }

    /// <summary>A region's share of the hours worked (searching included) in UTC hours [from, to) of the day.</summary>
    public static double ShareOfHoursWorked(this ScenarioRun run, string region, int fromUtcHour, int toUtcHour)
    {
        var r = run.Spec.RegionIndex(region);
        double mine = 0, all = 0;
        for (var h = fromUtcHour; h < toUtcHour; h++)
        {
            for (var other = 0; other < run.Spec.Regions.Count; other++)
            {
                all += run.Ticks.WorkedMsByUtcHour[other, h];
                if (other == r)
                    mine += run.Ticks.WorkedMsByUtcHour[other, h];
            }
        }
        return all > 0 ? mine / all : 0;
    }

    /// <summary>Night wake-ups per day of the pool's night checkers who were active for the whole run.</summary>
    public static double NightChecksPerNightCheckerDay(this ScenarioRun run, string pool)
    {
        var p = run.Pool(pool);
        var checkers = run.Workers.Where(w => w.Pool == p && w.NightChecker && w.Status == WorkerStatus.Active && w.JoinedMs == 0).ToArray();
        return checkers.Length == 0 ? 0 : checkers.Average(w => w.NightChecks) / run.Spec.Days;
    }

    /// <summary>Tasks submitted (approved or rejected) per worker who took part: mean and coefficient of variation.</summary>
    public static (double Mean, double Cv) TasksPerWorker(this ScenarioRun run)
    {
        var counts = run.Workers.Where(w => w.EverActive).Select(w => (double)(w.TasksApproved + w.TasksRejected)).ToArray();
        return (counts.Length == 0 ? 0 : counts.Average(), DocStats.CoefficientOfVariation(counts));
    }

    /// <summary>Median reservation wage the workers of a pool drew at the start, USD/h.</summary>
    public static double ReservationWageMedian(this ScenarioRun run, string pool)
    {
        var p = run.Pool(pool);
        return DocStats.Median(run.Workers.Where(w => w.Pool == p).Select(w => w.ReservationUsdPerHour));
    }

    /// <summary>Workers in session at once, as a share of the workers who took part.</summary>
    public static double ShareInSessionAtOnce(this ScenarioRun run) =>
        run.Ticks.MeanWorkersInSession / Math.Max(1, run.Summary.WorkerOutcomes.Workers);

    /// <summary>Abandonments per pickup: abandoned ÷ (abandoned + submitted).</summary>
    public static double AbandonedShareOfPickups(this ScenarioRun run)
    {
        var t = run.Summary.Tasks;
        return t.Abandoned + t.Completed == 0 ? 0 : t.Abandoned / (double)(t.Abandoned + t.Completed);
    }

    /// <summary>Rejected ÷ submitted.</summary>
    public static double RejectedShare(this ScenarioRun run)
    {
        var t = run.Summary.Tasks;
        return t.Completed == 0 ? 0 : t.Rejected / (double)t.Completed;
    }

    /// <summary>The pay of a vendor's piece rate as USD per hour at the task type's mean minutes.</summary>
    public static double PieceRateHourly(this ScenarioRun run, string vendor, string taskType, string region)
    {
        var rate = run.Spec.Vendors[run.Spec.VendorIndex(vendor)].PieceRates.Single(r => r.TaskType == taskType && r.Region == region);
        return rate.UsdPerTask * 60 / run.Spec.TaskTypes[run.Spec.TaskTypeIndex(taskType)].MeanMinutes;
    }
}
