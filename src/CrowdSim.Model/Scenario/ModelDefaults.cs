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

    /// <summary>
    /// Share of the gap between the reservation wage and the recent effective wage closed each week
    /// (the <c>adaptation:</c> mapping). Assumption: Krueger &amp; Mueller (2016, AEJ: Policy) find
    /// unemployed workers' reservation wages fall only 0.05-0.14% a week, anchored on the previous
    /// wage; crowd work is a side activity with an observable hourly result, so a faster but still
    /// slow pull is assumed.
    /// </summary>
    public const double AdaptationRecentRate = 0.05;

    /// <summary>Lowest reservation wage as a share of the starting value under <c>adaptation:</c>. Assumption (Krueger &amp; Mueller 2016: 2.5-7% lower after a year).</summary>
    public const double AdaptationFloorShare = 0.5;

    /// <summary>
    /// Weight of the latest week in the smoothed recent effective wage (an exponential average
    /// over about the last three weeks), started at the worker's starting reservation wage.
    /// Assumption.
    /// </summary>
    public const double RecentWageWeeklyWeight = 0.4;

    /// <summary>
    /// Relative lengthening of the check interval after a fruitless check. Assumption; direction
    /// from Krueger &amp; Mueller (2011, Brookings Papers): search time falls sharply over an
    /// unemployment spell.
    /// </summary>
    public const double DiscouragementLengthening = 0.2;

    /// <summary>Longest check interval as a multiple of the pool's. Assumption.</summary>
    public const double DiscouragementMaxFactor = 8.0;

    /// <summary>Share of the excess interval lost after a check that found work. Assumption.</summary>
    public const double DiscouragementRecovery = 0.5;

    /// <summary>
    /// Weekly probability of leaving, on top of the [half_life]-calibrated base hazard, for a worker
    /// whose recent weeks earned nothing for the time they gave (scaled by scarcity²). Assumption:
    /// the response strength is not measured; 0.5 makes a worker who has found nothing for three to
    /// four weeks leave within a few weeks.
    /// </summary>
    public const double ChurnNoEarningsExit = 0.5;

    /// <summary>Hours of future work a worker weighs against the cost of a training course. Assumption.</summary>
    public const double TrainingHorizonHours = 40.0;

    /// <summary>What a lab's own model costs per automated label, USD. [llm_cost_per_label]</summary>
    public const double AutomatedLabelCostUsd = 0.003;

    // Access to work on the open marketplace (issue 15): approval gates and learning.

    /// <summary>Share of requesters who gate their tasks by approved count. [qualification_gated_share] (Hara et al. 2018: 19% of HITs; applied here per requester).</summary>
    public const double ApprovalGatedShare = 0.19;

    /// <summary>
    /// Approved tasks a gated requester requires. Assumption: the common "≥ 1000 HITs approved" threshold
    /// discussed by Kummerfeld (2021, arXiv 2105.12762); requesters use other thresholds too.
    /// </summary>
    public const long ApprovalGateMinApproved = 1000;

    /// <summary>Scale n₀ of the learning curve, approved tasks. Assumption.</summary>
    public const double LearningHalfLifeTasks = 100;

    /// <summary>Exponent b of the learning curve. Assumption (the power law of practice; Newell &amp; Rosenbloom 1981 report exponents of a few tenths).</summary>
    public const double LearningExponent = 0.2;

    /// <summary>
    /// Least multiplier on handling time experience brings. Assumption, informed by Gadiraju, Fetahu and
    /// Kawase (2015, EC-TEL), where training cut microtask completion times by up to 41%.
    /// </summary>
    public const double LearningFloor = 0.6;

    /// <summary>Tick lengths that divide an hour, the only ones allowed.</summary>
    public static readonly IReadOnlyList<int> AllowedTickMinutes = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60];

    // Supply-responsive vendor pricing (issue 15). No published figure gives a vendor's pricing rule;
    // each value is a modelling choice, and docs/MODEL.md says so.

    /// <summary>Minutes between a vendor's pricing reviews: daily. Assumption.</summary>
    public const long PricingReviewEveryMinutes = 24 * 60;

    /// <summary>Mean hours to first pickup a vendor aims for. Assumption (the published time to first pickup is an outcome the model is compared with, so it is not used to set this).</summary>
    public const double PricingTargetWaitHours = 4.0;

    /// <summary>Share of a region's working time spent searching that counts as balanced supply. Assumption.</summary>
    public const double PricingTargetSearchShare = 0.25;

    /// <summary>Weight of the supply signal. Assumption.</summary>
    public const double PricingSupplyWeight = 0.2;

    /// <summary>Weight of the backlog (wait) signal. Assumption.</summary>
    public const double PricingBacklogWeight = 0.05;

    /// <summary>Weight of the pull towards a competing vendor's rate. Assumption.</summary>
    public const double PricingCompetitorWeight = 0.1;

    /// <summary>Largest change of a rate at one review. Assumption.</summary>
    public const double PricingMaxStep = 0.05;

    /// <summary>Weight of the newest review in the smoothed step. Assumption.</summary>
    public const double PricingSmoothing = 0.5;

    /// <summary>Lowest rate the rule sets, as a share of the initial rate (and never under the region's minimum wage). Assumption.</summary>
    public const double PricingFloorShare = 0.25;

    /// <summary>Highest rate the rule sets, as a share of the initial rate. Assumption.</summary>
    public const double PricingCeilingShare = 2.0;

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

    /// <summary>
    /// Unpaid minutes a search inside a session takes (the worker is already logged in and on the
    /// listing, so a search is a reload of the first page and a look at it; a check's own search is the pool's <c>searchMinutes</c>). Assumption.
    /// </summary>
    public const double SearchAgainMinutes = 0.5;

    /// <summary>
    /// Share of workers who take the first acceptable group in the order they look at the listing
    /// instead of comparing the page (satisficing, Simon 1955). Assumption informed by Chilton et al. 2010:
    /// workers mostly sort by newest and look at the first page, so they compare few groups.
    /// </summary>
    public const double SearchSatisficeShare = 0.5;

    // ---- Push notifications (issue 15; docs/MODEL.md "Notifications") ----

    /// <summary>
    /// Chance that a worker notices a push alert. Mehrotra et al. 2016 (CHI, "My phone and me"): users
    /// reported missing the alert of 15-24% of notifications, by ringer mode; 0.8 is the middle.
    /// </summary>
    public const double PushSeen = 0.8;

    /// <summary>
    /// Median minutes from a push alert to the worker's look at the work. Assumption informed by
    /// Pielot, Church &amp; de Oliveira 2014 (MobileHCI, "An in-situ study of mobile phone notifications"):
    /// notifications were typically viewed within minutes.
    /// </summary>
    public const double PushDelayMinutes = 5.0;

    /// <summary>Log-spread of the delay to look at a push alert. Assumption (a long right tail of alerts left unattended).</summary>
    public const double PushDelaySigma = 1.0;
}
