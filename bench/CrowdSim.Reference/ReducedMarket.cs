using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Reference;

/// <summary>
/// The reduced market of issue 16, read from a scenario: one lab posting one task type straight onto
/// one open marketplace at a fixed reward, flat demand, crowd worker pools that check, work sessions
/// and sleep. <see cref="From"/> refuses, with one line saying why, a scenario that needs anything
/// more (review, abandonment, churn, training, events, vendors, ...).
/// </summary>
internal sealed record ReducedMarket(
    string Name,
    ulong Seed,
    int Days,
    int TickMinutes,
    double TasksPerDay,
    long RewardMicros,
    double MeanMinutes,
    double MinutesSigma,
    double AdvertisedMinutes,
    long ExpiryMs,
    IReadOnlyList<ReducedPool> Pools)
{
    public long TickMs => TickMinutes * SimTime.MsPerMinute;

    public int Ticks => Days * 24 * 60 / TickMinutes;

    public int Workers => Pools.Sum(p => p.Count);

    /// <summary>The reduced market of <paramref name="spec"/>, or an exception whose message says what the loop cannot run.</summary>
    public static ReducedMarket From(ScenarioSpec spec)
    {
        Require(spec.Labs.Count == 1 && spec.Labs[0].Demand.Count == 1, "one lab with one demand line");
        Require(spec.Platforms.Count == 1 && spec.Platforms[0].Kind == PlatformKind.OpenMarketplace, "one open marketplace");
        Require(spec.Vendors.Count == 0, "no vendors");
        Require(spec.TaskTypes.Count == 1, "one task type");
        Require(spec.Events.Count == 0, "no events");
        Require(spec.Measure is null, "no measurement window");
        var platform = spec.Platforms[0];
        Require(!platform.Notifications && platform.Push is null, "no notifications or push");
        Require(platform.Deactivation is null, "no deactivation");
        Require(platform.Search.Rule == SearchRule.Perfect, "perfect-information search");
        var line = spec.Labs[0].Demand[0];
        Require(line.Platform is not null && line.Requesters is null, "the demand line posted directly, by one requester");
        Require(line.DailyAmplitude == 0 && line.WeekendFactor == 1, "flat demand (dailyAmplitude 0, weekendFactor 1)");
        Require(line.BurstsPerWeek == 0 && line.AutomatedShare == 0 && line.Spillover is null, "no bursts, automation or spill-over");
        var type = spec.TaskTypes[0];
        Require(type.Handling == HandlingDistribution.LogNormal, "lognormal handling");
        Require(type.ReviewShare == 0, "no review (reviewShare 0)");
        Require(type.AbandonShare == 0, "no abandonment (abandonShare 0)");
        Require(type.Training is null, "no training");
        var pools = spec.WorkerPools.Select(p => Pool(spec, p)).ToArray();
        return new ReducedMarket(
            spec.Name,
            spec.Seed,
            spec.Days,
            spec.TickMinutes,
            line.TasksPerDay,
            (long)Math.Round(line.PriceUsd * 1_000_000),
            type.MeanMinutes,
            type.MinutesSigma,
            type.AdvertisedMinutes ?? type.MeanMinutes,
            SimTime.FromHours(type.ExpiryHours),
            pools);
    }

    private static ReducedPool Pool(ScenarioSpec spec, WorkerPoolSpec pool)
    {
        Require(pool.Employment is null, $"crowd workers only (pool {pool.Id} is employed)");
        Require(pool.Recruitment is null, $"no recruitment (pool {pool.Id})");
        Require(pool.Churn is null, $"churn: none (pool {pool.Id})");
        Require(pool.Adaptation is null && pool.AdaptationWeeklyRate == 0, $"adaptation: 0 (pool {pool.Id})");
        Require(pool.Discouragement is null && pool.Learning is null, $"no discouragement or learning (pool {pool.Id})");
        var region = spec.Regions[spec.RegionIndex(pool.Region)];
        return new ReducedPool(
            pool.Count,
            region.UtcOffsetMinutes,
            region.SleepStartMinute,
            region.SleepEndMinute,
            pool.ReservationWageMedianUsd,
            pool.ReservationWageSigma,
            pool.SpeedSigma,
            SimTime.FromHours(pool.CheckEveryHours),
            pool.NightCheckerShare,
            SimTime.FromHours(pool.NightCheckEveryHours),
            SimTime.FromHours(pool.SessionHoursMean),
            SimTime.FromMinutes(pool.SearchMinutes));
    }

    private static void Require(bool holds, string what)
    {
        if (!holds)
            throw new NotSupportedException($"the reference loop runs only the reduced market: it needs {what}");
    }
}
