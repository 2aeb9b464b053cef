namespace CrowdSim.Model.Scenario;

/// <summary>
/// Defaults a scenario file may leave out, each with where it comes from. Ids in brackets are rows of
/// data/calibration/figures.csv; "assumption" marks a modelling choice with no published figure
/// behind it (docs/MODEL.md lists them all).
/// </summary>
public static class ModelDefaults
{
    /// <summary>Minutes per tick.</summary>
    public const int TickMinutes = 15;

    /// <summary>
    /// Log-scale spread of reservation wages. [res_wage_elasticity] For a lognormal, the extensive-margin
    /// elasticity at the median is φ(0)/(σ·F(median)) = 0.7979/σ; 0.43 gives σ ≈ 1.86.
    /// </summary>
    public const double ReservationWageSigma = 1.86;

    /// <summary>Median reservation wage, USD/hour. [res_wage_median] (MTurk 2009).</summary>
    public const double ReservationWageMedianUsd = 1.38;

    /// <summary>Hours between checks of the queue when idle and awake. Assumption ("every few hours", shared/MODEL.md).</summary>
    public const double CheckEveryHours = 3.0;

    /// <summary>Share of workers who wake at night to check the queue. Assumption.</summary>
    public const double NightCheckerShare = 0.1;

    /// <summary>Hours between night-time checks. [seed_night_checks]</summary>
    public const double NightCheckEveryHours = 3.0;

    /// <summary>Mean hours a worker is willing to work once they find work. Assumption.</summary>
    public const double SessionHoursMean = 2.0;

    /// <summary>Unpaid minutes spent searching at each check. Assumption.</summary>
    public const double SearchMinutes = 3.0;

    /// <summary>Log-scale spread of worker speed. Assumption.</summary>
    public const double SpeedSigma = 0.3;

    /// <summary>Probability a reviewed submission is rejected. [reject_share] (MTurk, where requesters review everything).</summary>
    public const double ErrorRate = 0.007;

    /// <summary>Share of submissions reviewed. Open-marketplace requesters approve or reject every submission.</summary>
    public const double ReviewShare = 1.0;

    /// <summary>Log-scale spread of handling time. Assumption, giving a right-skewed tail. [completion_time_tail]</summary>
    public const double MinutesSigma = 0.8;

    /// <summary>Hours before an untaken task expires. Assumption.</summary>
    public const double ExpiryHours = 72.0;

    /// <summary>Platform fee as a share of worker pay. [mturk_fee]</summary>
    public const double FeeShare = 0.20;

    /// <summary>Relative swing of the lab's daily rhythm. Assumption.</summary>
    public const double DailyAmplitude = 0.5;

    /// <summary>Local hour of the lab's daily peak. Assumption (mid-afternoon of a working day).</summary>
    public const double PeakHour = 14.0;

    /// <summary>Weekend demand multiplier. Assumption; direction from [completion_time_tail] (strong weekly periodicity).</summary>
    public const double WeekendFactor = 0.6;

    /// <summary>Pareto tail index of project-launch sizes. Assumption; shape from [batch_sizes] (power law).</summary>
    public const double BurstAlpha = 1.5;

    /// <summary>Usual start of sleep, minutes after local midnight (23:00). Assumption.</summary>
    public const int SleepStartMinute = 23 * 60;

    /// <summary>Usual end of sleep, minutes after local midnight (07:00). Assumption.</summary>
    public const int SleepEndMinute = 7 * 60;

    /// <summary>Share of taken tasks abandoned part-way. [abandon_share]</summary>
    public const double AbandonShare = 0.13;

    /// <summary>Log-scale spread of error rates between workers of a pool. Assumption.</summary>
    public const double ErrorRateSigma = 0.5;

    /// <summary>Hours of continuous work before fatigue raises error rates. Assumption.</summary>
    public const double FatigueOnsetHours = 8.0;

    /// <summary>Relative rise of the error rate per hour past the onset (0.1 = +10% an hour). Assumption.</summary>
    public const double FatigueErrorIncreasePerHour = 0.1;

    /// <summary>Weight of last week's effective wage in the reservation wage. Assumption.</summary>
    public const double AdaptationWeeklyRate = 0.1;

    /// <summary>
    /// Weekly probability of leaving for a worker earning at least their reservation wage,
    /// calibrated so that the pool's half-life in the steady baseline matches [half_life] 12-18
    /// months. A 15-month half-life is a weekly hazard of ln 2 / (15 × 4.345) ≈ 0.0106; with that
    /// value as the base the baseline's earnings shortfalls raise the realised hazard by a factor of
    /// about 1.41 (a 10.7-month half-life), so the base is 0.0106 / 1.41 ≈ 0.0075.
    /// </summary>
    public const double ChurnWeeklyHazard = 0.0075;

    /// <summary>How much faster a worker leaves per unit of earnings shortfall (1 + 2 × shortfall). Assumption.</summary>
    public const double ChurnLowEarningsMultiplier = 2.0;

    /// <summary>Hours of future work a worker weighs against the cost of a training course. Assumption.</summary>
    public const double TrainingHorizonHours = 40.0;

    /// <summary>What a lab's own model costs per automated label, USD. [llm_cost_per_label]</summary>
    public const double AutomatedLabelCostUsd = 0.003;

    /// <summary>Tick lengths that divide an hour, the only ones allowed.</summary>
    public static readonly IReadOnlyList<int> AllowedTickMinutes = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60];

    // ---- Search on open marketplaces (issue 15; docs/MODEL.md "Search") ----

    /// <summary>
    /// Groups per page of a marketplace listing. Assumption: MTurk showed 10 groups a page by default
    /// (20 on request) (Chilton, Horton, Miller &amp; Azenkot 2010, HCOMP, "Task search in a human computation market").
    /// </summary>
    public const int SearchPageSize = 10;

    /// <summary>
    /// Share of searches sorted by newest. Assumption informed by Chilton et al. 2010: workers sort mostly
    /// by newest and by most tasks available, rarely by reward.
    /// </summary>
    public const double SearchNewestShare = 0.5;

    /// <summary>Share of searches sorted by most tasks available. Assumption informed by Chilton et al. 2010.</summary>
    public const double SearchMostTasksShare = 0.35;

    /// <summary>Share of searches sorted by highest reward. Assumption informed by Chilton et al. 2010.</summary>
    public const double SearchRewardShare = 0.15;

    /// <summary>Pages seen when sorting by newest. Chilton et al. 2010 (workers look mostly at the first page).</summary>
    public const int SearchPagesNewest = 1;

    /// <summary>Pages seen when sorting by most tasks available. Chilton et al. 2010 (the first two pages).</summary>
    public const int SearchPagesMostTasks = 2;

    /// <summary>Pages seen when sorting by reward. Assumption (one page, as for newest).</summary>
    public const int SearchPagesReward = 1;

    /// <summary>Share of workers who accept several tasks of a group at once and keep working it. [batch_accept_share]</summary>
    public const double SearchBatchShare = 0.61;

    /// <summary>
    /// Share of workers who consult a requester review site (Turkopticon: Irani &amp; Silberman 2013, CHI).
    /// Assumption: Savage et al. 2020 (WWW) report that most workers use such transparency tools.
    /// </summary>
    public const double SearchReviewSiteShare = 0.6;

    /// <summary>Groups a worker keeps as favourites. Assumption.</summary>
    public const int SearchFavourites = 4;

    /// <summary>Groups a worker remembers their own experience of. Assumption.</summary>
    public const int SearchBeliefs = 8;

    /// <summary>Tasks of evidence at which a learnt hourly weighs as much as the advertised one. Assumption.</summary>
    public const double SearchPriorTasks = 3.0;
}
