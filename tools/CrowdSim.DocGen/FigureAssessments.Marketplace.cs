using CrowdSim.Model.Scenario;
using static CrowdSim.DocGen.DocNumbers;

namespace CrowdSim.DocGen;

/// <summary>Figures about the open marketplace (Mechanical Turk), compared with mturk-2015 above all.</summary>
internal static partial class FigureAssessments
{
    private const string Mturk = "mturk-2015";

    /// <summary>Coefficient of variation of tasks per worker in the source: SD 4,723 ÷ mean 1,302 [tasks_per_worker_mean].</summary>
    private const double SourceTasksPerWorkerCv = 4723.0 / 1302.0;

    /// <summary>Active requesters per 1,000 workers in the source: 1,278 a day [requesters_per_day] for 100,000-200,000 workers [pool_size] (midpoint).</summary>
    private const double SourceRequestersPerThousandWorkers = 1278.0 / 150.0;

    private static IEnumerable<FigureAssessment> Marketplace()
    {
        yield return new("res_wage_median", FigureRole.Input, [Mturk, "baseline"],
            r => $"median {F2(r[Mturk].Spec.WorkerPools[0].ReservationWageMedianUsd)} USD/h for marketplace pools; drawn median {F2(r[Mturk].ReservationWageMedian("us-turkers"))} (mturk-2015 US pool)",
            "Set from the figure as published, in 2009 dollars and for MTurk workers. Only marketplace pools use it: the managed-crowd pools put their median at the local minimum wage instead (an assumption), so the figure does not constrain Kenyan or US crowd workers. The drawn median differs from the parameter by sampling.");
        yield return new("res_wage_elasticity", FigureRole.Input, [Mturk, "baseline"],
            r => $"σ = {F2(r[Mturk].Spec.WorkerPools[0].ReservationWageSigma)}, elasticity at the median 0.798/σ = {F2(0.7979 / r[Mturk].Spec.WorkerPools[0].ReservationWageSigma)}",
            "Reproduced by construction at the median of a lognormal. It is one 2009 estimate from an experiment with MTurk workers, applied to every region and platform for want of others.");
        yield return new("requester_pay_mean", FigureRole.Input, [Mturk],
            r => $"distribution mean {F2(RequesterDistributionMean(r[Mturk]))} USD/h; the {RequesterStats.Of(r[Mturk]).Count} requesters drawn average {F2(RequesterStats.Of(r[Mturk]).Average(q => q.HourlyPayUsd))}",
            "The figure sets the spread of requesters' pay (σ from mean and median). The requesters actually drawn average more than the distribution's mean: a lognormal this wide has a long right tail that a sample of 200 estimates poorly. Like the source's, this is a mean over requesters, not over tasks or hours.");
        yield return new("requester_pay_median", FigureRole.Input, [Mturk],
            r => $"median of requesters drawn {F2(DocStats.Median(RequesterStats.Of(r[Mturk]).Select(q => q.HourlyPayUsd)))} USD/h; weighted by approved tasks {F2(DocStats.WeightedMedian(RequesterStats.Of(r[Mturk]).Select(q => (q.HourlyPayUsd, (double)q.Approved))))} USD/h",
            "The requester-level median is the input (the sample's differs by sampling). Weighted by the tasks workers actually did, the median pay is much lower, because lower-paying requesters post more work; the source's headline median hourly wage (about 2 USD/h, not a row of figures.csv) is computed over work done, so it compares with the weighted number rather than with the input.");
        yield return new("requester_volume_note", FigureRole.Input, [Mturk],
            r => $"correlation of log pay and log volume −0.5; requesters paying below the median posted {Pct0(LowPayersShareOfTasks(r[Mturk]))} of tasks",
            "The direction comes from the source; its strength (correlation −0.5) and the spread of volumes (σ = 2.0) are assumptions, and together they decide how much of the work pays least.");
        yield return new("abandon_share", FigureRole.Input, [Mturk, "baseline"],
            r => $"{Pct(r[Mturk].Spec.TaskTypes[0].AbandonShare)} of pickups; realised {Pct(r[Mturk].AbandonedShareOfPickups())}",
            "Reproduced by construction: each pickup is abandoned with this probability. The model draws it independently of pay and task length; on the real platform poorly paid or badly described tasks are probably abandoned more.");
        yield return new("reject_share", FigureRole.Input, [Mturk, "baseline"],
            r => $"pool mean error rate {Pct(r[Mturk].Spec.WorkerPools[0].ErrorRateMean)}; realised {Pct(r[Mturk].RejectedShare())} of submissions rejected",
            "Every marketplace submission is reviewed, so the realised rejection rate stays near the input; fatigue in long sessions and the spread of error rates between workers move it slightly.");
        yield return new("batch_accept_share", FigureRole.Input, [Mturk, "baseline"],
            r => $"{Pct(r[Mturk].Spec.Platforms[0].Search.BatchShare)} of mturk-2015's workers (and of the baseline open market's) keep working a group once they found it, under the listing search (`search: {{rule: listing}}`)",
            "The share sets who batches under the listing rule; the model has no hoarding (a batch is taken one task at a time, so other workers still find the rest of the group).");
        yield return new("tasks_per_worker_mean", FigureRole.Emergent, [Mturk],
            r => $"{Int(r[Mturk].TasksPerWorker().Mean)} per worker in {r[Mturk].Spec.Days} days; CV {F2(r[Mturk].TasksPerWorker().Cv)} (source: SD ÷ mean = {F2(SourceTasksPerWorkerCv)})",
            "The level is not comparable: the model counts four weeks, the source each worker's whole time in its data set (2014-2017). The spread is: the model's workers are more alike, likely because every worker of a pool draws from the same moderate distributions (speed, session length, checking) and nobody works full-time for years, while the real platform mixes occasional workers with a small core who do most of the work.",
            new FigureCheck("Tasks per worker, coefficient of variation", r => r[Mturk].TasksPerWorker().Cv, RangeSide.Below, new PublishedRange(SourceTasksPerWorkerCv, SourceTasksPerWorkerCv)));
        yield return new("mturk_fee", FigureRole.Input, [Mturk, "baseline"],
            r => $"fee {Pct0(r[Mturk].Spec.Platforms[0].FeeShare)}; fees ÷ worker pay {Pct(decimal.ToDouble(r[Mturk].Summary.Money.PlatformFees / r[Mturk].Summary.Money.WorkerPay))}",
            "The 20% fee is reproduced. The 40% fee on batches of 10 or more assignments and the 0.01 USD minimum are not modelled, so the model understates what requesters with large batches pay (not what workers get: the fee is charged on top of their pay).");
        yield return new("pool_size", FigureRole.Input, [Mturk],
            r => $"{Int(r[Mturk].Summary.Workers)} workers",
            "Scaled down about 30-fold to keep runs short, with demand scaled with it. Outputs that depend on absolute numbers (how much the top 1% of requesters take, the extremes of any distribution) are not comparable with the full platform's.");
        yield return new("active_at_once", FigureRole.Emergent, [Mturk],
            r => $"{Int(r[Mturk].Ticks.MeanWorkersInSession)} of {Int(r[Mturk].Summary.Workers)} workers in session on average ({Pct(r[Mturk].ShareInSessionAtOnce())}; the source implies 1-5% of the pool)",
            "Compared as a share of the pool, since the pool is scaled down. In the model the share follows from how often workers check, how long their sessions last and how often a check finds acceptable work; none of these was set from this figure.",
            new FigureCheck("Share of the pool in session", r => r[Mturk].ShareInSessionAtOnce(), RangeSide.Within, new PublishedRange(2000.0 / 200000, 5000.0 / 100000)));
        yield return new("half_life", FigureRole.Input, ["baseline", Mturk, "remotasks-kenya"],
            r => $"baseline {HalfLife(r["baseline"])}, mturk-2015 {HalfLife(r[Mturk])}, remotasks-kenya {HalfLife(r["remotasks-kenya"])} months",
            "The weekly churn hazard was calibrated, before the experience rules were turned on in the bundled scenarios, so that the baseline's half-life landed in the range; with the no-earnings exit now on in every crowd pool, workers who find nothing acceptable leave sooner and the half-life is partly an outcome. Elsewhere the half-life is an output and need not stay in the range: the hazard rises with each worker's earnings shortfall below their reservation wage. A run of a month sees few departures, so its estimate is rough.");
        yield return new("requesters_per_day", FigureRole.Input, [Mturk],
            r => $"{RequesterStats.Of(r[Mturk]).Count} requesters for {Int(r[Mturk].Summary.Workers)} workers: {F1(1000.0 * RequesterStats.Of(r[Mturk]).Count / r[Mturk].Summary.Workers)} per 1,000 workers (source about {F1(SourceRequestersPerThousandWorkers)})",
            "Scaled down with the pool, but not in proportion: the scenario has several times more requesters per worker than the source, so posted dollars are spread over more requesters.");
        yield return new("requester_concentration", FigureRole.Emergent, [Mturk],
            r => $"top 1% of requesters take {Pct0(RequesterStats.TopDollarShare(RequesterStats.Of(r[Mturk]), 0.01))}, top 10% {Pct0(RequesterStats.TopDollarShare(RequesterStats.Of(r[Mturk]), 0.10))} of rewards paid",
            "Less concentrated than the platform of 2009-2010. Likely causes: the spread of requesters' volumes (σ = 2.0) is an assumption; the biggest posters pay least per task (correlation −0.5), which spreads dollars more evenly than tasks; and 200 requesters cannot include the few giants of a platform with thousands (the top 1% is two requesters here).",
            new FigureCheck("Top 1% share", r => RequesterStats.TopDollarShare(RequesterStats.Of(r[Mturk]), 0.01), RangeSide.Below));
        yield return new("completion_time_tail", FigureRole.Input, [Mturk, "baseline"],
            r => $"lognormal handling times, log-spread {F1(r[Mturk].Spec.TaskTypes[0].MinutesSigma)} (mturk-2015 microtasks); weekend demand × {F1(r[Mturk].Spec.Labs[0].Demand[0].WeekendFactor)}",
            "A lognormal is not a power law: its tail thins faster, so the model has fewer very long tasks than the source describes. The weekly periodicity is a fixed weekend factor on demand (its size is an assumption); crowd workers' checking has no weekly rhythm.");
        yield return new("batch_sizes", FigureRole.Input, [Mturk, "baseline"],
            r => $"launch sizes Pareto, α = {F1(r[Mturk].Spec.Labs[0].Demand[0].BurstAlpha)}; median microtask reward of the requesters drawn {F2(DocStats.Median(RequesterStats.Of(r[Mturk]).Where(q => q.TaskType == "microtask").Select(q => q.RewardUsd)))} USD",
            "Launch sizes follow a power law as in the source (the index is an assumption). The modal reward is not used on the marketplace: each requester's reward is its hourly pay × the task's mean minutes, so rewards follow the requester pay distribution instead.");
        yield return new("worker_mix_by_hour", FigureRole.Input, [Mturk],
            r => $"India {Pct0(r[Mturk].Spec.WorkerPools[1].Count / (double)r[Mturk].Summary.Workers)} of workers; India's share of hours worked {Pct0(r[Mturk].ShareOfHoursWorked("india", 0, 24))} overall, {Pct0(r[Mturk].ShareOfHoursWorked("india", 8, 10))} at 08-10 UTC, {Pct0(r[Mturk].ShareOfHoursWorked("india", 20, 22))} at 20-22 UTC",
            "The overall mix is the input; the pattern by hour is an output, and it swings further than observed. Likely cause: every US worker lives at UTC−5 and every Indian worker at UTC+5:30, with the same sleep window give or take an hour, and only night checkers work at night; real workers spread over time zones and keep irregular hours.",
            new FigureCheck("India's share of hours at 08-10 UTC", r => r[Mturk].ShareOfHoursWorked("india", 8, 10), RangeSide.Above, new PublishedRange(0.5, 0.5)));
        yield return new("first_pickup_latency", FigureRole.Emergent, [Mturk],
            r => $"mean wait to first pickup {F1(r[Mturk].Summary.Queue.MeanWaitMinutes)} min, 95th percentile {F1(r[Mturk].Summary.Queue.P95WaitMinutes)} min",
            "Between the source's two regimes (hours when nobody is recruited, seconds with workers paid to stand by): with thousands of workers polling every few hours and mostly one-minute tasks, work is picked up within minutes. The model has no paid retainer; push notifications (scenarios/notifications.yaml) are the nearest mechanism.",
            new FigureCheck("Mean wait (minutes)", r => r[Mturk].Summary.Queue.MeanWaitMinutes, RangeSide.Within, new PublishedRange(2.0 / 60, 60)));
        yield return new("qualification_gated_share", FigureRole.Input, [Mturk, "rlhf-surge"],
            r => $"mturk-2015: each requester is behind a gate of {Int(r[Mturk].Spec.Labs[0].Demand[0].Requesters!.ApprovalGate!.MinApproved)} approvals (`approvalGate`) with probability {Pct(r[Mturk].Spec.Labs[0].Demand[0].Requesters!.ApprovalGate!.Share)}; every rlhf-surge rating needs a course",
            "The source's share is of tasks, the model's of requesters, so the share of tasks gated depends on the volumes drawn. Who passes a gate depends on the approvals workers bring from before the run, an assumption of the scenario; the qualification tasks workers do to earn a gate (the unpaid work the source measures) are not modelled. rlhf-surge gating all its ratings is an assumption for expert work.");
    }

    private static string HalfLife(ScenarioRun run) =>
        run.Summary.WorkerOutcomes.HalfLifeMonths is { } months ? F1(months) : "n/a";

    /// <summary>Mean of the lognormal the requesters' hourly pay is drawn from: median × exp(σ²/2) (the first direct posting with requesters).</summary>
    private static double RequesterDistributionMean(ScenarioRun run)
    {
        var requesters = run.Spec.Labs.SelectMany(l => l.Demand).First(d => d.Requesters is not null).Requesters!;
        return requesters.PayMedianUsdPerHour * Math.Exp(requesters.PaySigma * requesters.PaySigma / 2);
    }

    private static double LowPayersShareOfTasks(ScenarioRun run)
    {
        var requesters = RequesterStats.Of(run);
        var median = DocStats.Median(requesters.Select(q => q.HourlyPayUsd));
        var all = requesters.Sum(q => (double)q.Arrivals);
        return all == 0 ? 0 : requesters.Where(q => q.HourlyPayUsd < median).Sum(q => (double)q.Arrivals) / all;
    }
}
