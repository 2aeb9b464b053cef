using System.Globalization;
using System.Text;
using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Writing;
using static CrowdSim.Scenarios.Writing.YamlScalars;
using Field = (string Key, string? Value);

namespace CrowdSim.Scenarios;

/// <summary>
/// Writes a <see cref="ScenarioSpec"/> as a scenario file (docs/SCENARIOS.md) with every value
/// explicit, defaults included, so that <see cref="ScenarioLoader.LoadText"/> reads back an equal
/// spec; useful to normalise a file or to see every default a scenario runs with.
/// </summary>
/// <remarks>
/// Numbers are written in their shortest round-trip form and shares as plain numbers, so they read
/// back exactly. What the format cannot say exactly is written as closely as it can:
/// <list type="bullet">
/// <item>durations (<c>expiry</c>, <c>checkEvery</c>, night checks, recruitment <c>every</c>, a
/// cheapest-first <c>spillover</c>) are whole minutes in a file, so other values are rounded to the
/// nearest minute;</item>
/// <item>a wage policy's values that its kind does not use (e.g. the surge values of a fixed policy)
/// are not written, and read back as the loader's placeholders;</item>
/// <item>text holding unpaired UTF-16 surrogates cannot be written as UTF-8.</item>
/// </list>
/// Only the scenario is written: a file that <c>extends:</c> another comes out whole, and an
/// experiment's replications and sweep, which are not part of a <see cref="ScenarioSpec"/>, are left out.
/// A spec the loader would refuse (an unknown id, a negative count, ...) is written as it is, and
/// refused when read back.
/// </remarks>
public static class ScenarioWriter
{
    /// <summary>The scenario file for <paramref name="spec"/>.</summary>
    public static string ToYaml(ScenarioSpec spec)
    {
        Field[] top =
        [
            ("name", " " + Text(spec.Name)),
            ("seed", " " + spec.Seed.ToString(CultureInfo.InvariantCulture)),
            ("days", " " + Integer(spec.Days)),
            ("tickMinutes", " " + Integer(spec.TickMinutes)),
            ("regions", Block(spec.Regions, Region, 2)),
            ("taskTypes", Block(spec.TaskTypes, TaskType, 2)),
            ("platforms", Block(spec.Platforms, Platform, 2)),
            ("vendors", Block(spec.Vendors, Vendor, 2)),
            ("labs", Block(spec.Labs, Lab, 2)),
            ("workers", Block(spec.WorkerPools, WorkerPool, 2)),
            ("events", Block(spec.Events, EventFields.Of, 2)),
            ("measure", spec.Measure is { } m ? " " + Flow(("from", Duration(m.FromMinutes)), ("to", Duration(m.ToMinutes))) : null),
        ];
        return string.Concat(top.Where(f => f.Value is not null).Select(f => $"{f.Key}:{f.Value}\n"));
    }

    private static IEnumerable<Field> Region(RegionSpec r) =>
    [
        ("id", Text(r.Id)),
        ("utcOffset", UtcOffset(r.UtcOffsetMinutes)),
        ("minimumWageUsd", Number(r.MinimumWageUsdPerHour)),
        ("sleep", Window(r.SleepStartMinute, r.SleepEndMinute)),
    ];

    private static IEnumerable<Field> TaskType(TaskTypeSpec t) =>
    [
        ("id", Text(t.Id)),
        ("meanMinutes", Number(t.MeanMinutes)),
        ("minutesSigma", t.Handling == HandlingDistribution.LogNormal ? Number(t.MinutesSigma) : null),
        ("handling", t.Handling == HandlingDistribution.LogNormal ? null : "exponential"),
        ("reviewShare", Number(t.ReviewShare)),
        ("expiry", DurationOfHours(t.ExpiryHours)),
        ("training", t.Training is { } c ? Flow(("hours", Number(c.Hours)), ("passRate", Number(c.PassRate))) : null),
        ("advertisedMinutes", t.AdvertisedMinutes is { } advertised ? Number(advertised) : null),
        ("difficulty", Number(t.Difficulty)),
        ("abandonShare", Number(t.AbandonShare)),
    ];

    private static IEnumerable<Field> Platform(PlatformSpec p) =>
    [
        ("id", Text(p.Id)),
        ("kind", Kebab(p.Kind)),
        ("fee", Number(p.FeeShare)),
        ("notifications", Boolean(p.Notifications)),
        ("deactivation", p.Deactivation is { } d
            ? Flow(("rejectionRate", Number(d.RejectionRate)), ("minReviewed", Integer(d.MinReviewed)))
            : null),
        ("search", p.Search == SearchSpec.Perfect ? null : Search(p.Search)),
        ("push", p.Push is { } push
            ? Flow(("seen", Number(push.Seen)), ("delayMinutes", Number(push.DelayMinutes)), ("delaySigma", Number(push.DelaySigma)))
            : null),
    ];

    private static string Search(SearchSpec s) => Flow(
        ("rule", s.Rule == SearchRule.Listing ? "listing" : "perfect"),
        ("pageSize", Integer(s.PageSize)),
        ("sortMix", Flow(("newest", Number(s.NewestShare)), ("mostTasks", Number(s.MostTasksShare)), ("reward", Number(s.RewardShare)))),
        ("batchShare", Number(s.BatchShare)),
        ("reviewSiteShare", Number(s.ReviewSiteShare)),
        ("favourites", Integer(s.Favourites)),
        ("beliefs", Integer(s.Beliefs)),
        ("priorTasks", Number(s.PriorTasks)),
        ("searchAgainMinutes", Number(s.SearchAgainMinutes)),
        ("satisficeShare", Number(s.SatisficeShare)));

    private static IEnumerable<Field> Vendor(VendorSpec v) =>
    [
        ("id", Text(v.Id)),
        ("platform", Text(v.Platform)),
        ("pieceRates", List(v.PieceRates.Select(r =>
            Flow(("taskType", Text(r.TaskType)), ("region", Text(r.Region)), ("usd", Number(r.UsdPerTask)))), 6)),
        ("wagePolicy", WagePolicy(v.WagePolicy)),
        ("pricing", v.Pricing is { } pricing ? Pricing(pricing) : null),
    ];

    private static string Pricing(PricingSpec p) => Flow(
        ("rule", "responsive"),
        ("reviewEvery", DurationOfHours(p.ReviewEveryMinutes / 60.0)),
        ("targetWait", DurationOfHours(p.TargetWaitHours)),
        ("targetSearchShare", Number(p.TargetSearchShare)),
        ("supplyWeight", Number(p.SupplyWeight)),
        ("backlogWeight", Number(p.BacklogWeight)),
        ("competitorWeight", Number(p.CompetitorWeight)),
        ("maxStep", Number(p.MaxStep)),
        ("smoothing", Number(p.Smoothing)),
        ("floorShare", Number(p.FloorShare)),
        ("ceilingShare", Number(p.CeilingShare)));

    private static string WagePolicy(WagePolicySpec policy) => policy.Kind switch
    {
        WagePolicyKind.CheapestFirst => Flow(("kind", Kebab(policy.Kind)), ("spillover", DurationOfHours(policy.SpilloverHours))),
        WagePolicyKind.Surge => Flow(
            ("kind", Kebab(policy.Kind)),
            ("maxMultiplier", Number(policy.SurgeMaxMultiplier)),
            ("backlogTasks", Number(policy.SurgeBacklogTasks))),
        _ => Kebab(policy.Kind),
    };

    private static IEnumerable<Field> Lab(LabSpec l) =>
    [
        ("id", Text(l.Id)),
        ("utcOffset", UtcOffset(l.UtcOffsetMinutes)),
        ("demand", Block(l.Demand, Demand, 6)),
    ];

    private static IEnumerable<Field> Demand(DemandSpec d) =>
    [
        ("taskType", Text(d.TaskType)),
        ("vendor", d.Vendor is null ? null : Text(d.Vendor)),
        ("platform", d.Platform is null ? null : Text(d.Platform)),
        ("tasksPerDay", Number(d.TasksPerDay)),
        ("priceUsd", Number(d.PriceUsd)),
        ("dailyAmplitude", Number(d.DailyAmplitude)),
        ("peakHour", Number(d.PeakHour)),
        ("weekendFactor", Number(d.WeekendFactor)),
        ("bursts", Flow(("perWeek", Number(d.BurstsPerWeek)), ("minTasks", Number(d.BurstMinTasks)), ("alpha", Number(d.BurstAlpha)))),
        ("automatedShare", Number(d.AutomatedShare)),
        ("requesters", d.Requesters is { } r
            ? Flow(
                ("count", Integer(r.Count)),
                ("payMedianUsdPerHour", Number(r.PayMedianUsdPerHour)),
                ("paySigma", Number(r.PaySigma)),
                ("volumeSigma", Number(r.VolumeSigma)),
                ("payVolumeCorrelation", Number(r.PayVolumeCorrelation)),
                ("restrictToRegions", r.RestrictToRegions is { } restrict
                    ? Flow(("regions", FlowList(restrict.Regions)), ("share", Number(restrict.Share)))
                    : null),
                ("approvalGate", r.ApprovalGate is { } gate
                    ? Flow(("minApproved", Integer(gate.MinApproved)), ("share", Number(gate.Share)))
                    : null))
            : null),
        ("spillover", d.Spillover is { } s
            ? Flow(("taskType", Text(s.TaskType)), ("tasksPerAutomated", Number(s.TasksPerAutomated)))
            : null),
    ];

    private static IEnumerable<Field> WorkerPool(WorkerPoolSpec w) =>
    [
        ("id", Text(w.Id)),
        ("region", Text(w.Region)),
        ("count", Integer(w.Count)),
        ("platforms", FlowList(w.Platforms)),
        ("reservationWage", Flow(("medianUsd", Number(w.ReservationWageMedianUsd)), ("sigma", Number(w.ReservationWageSigma)))),
        ("checkEvery", DurationOfHours(w.CheckEveryHours)),
        ("nightCheckers", Flow(("share", Number(w.NightCheckerShare)), ("every", DurationOfHours(w.NightCheckEveryHours)))),
        ("sessionHours", Number(w.SessionHoursMean)),
        ("searchMinutes", Number(w.SearchMinutes)),
        ("speedSigma", Number(w.SpeedSigma)),
        ("errorRate", Number(w.ErrorRateMean)),
        ("errorRateSigma", Number(w.ErrorRateSigma)),
        ("fatigue", Flow(("onsetHours", Number(w.Fatigue.OnsetHours)), ("errorIncreasePerHour", Number(w.Fatigue.ErrorIncreasePerHour)))),
        ("adaptation", w.Adaptation is { } a
            ? Flow(("weeklyRate", Number(a.WeeklyRate)), ("floor", Number(a.FloorShare)))
            : Number(w.AdaptationWeeklyRate)),
        ("discouragement", w.Discouragement is { } d
            ? Flow(("lengthening", Number(d.Lengthening)), ("maxFactor", Number(d.MaxFactor)), ("recovery", Number(d.Recovery)))
            : null),
        ("churn", w.Churn is { } c
            ? c.NoEarningsExit > 0
                ? Flow(("weeklyHazard", Number(c.WeeklyHazard)), ("lowEarningsMultiplier", Number(c.LowEarningsMultiplier)), ("noEarningsExit", Number(c.NoEarningsExit)))
                : Flow(("weeklyHazard", Number(c.WeeklyHazard)), ("lowEarningsMultiplier", Number(c.LowEarningsMultiplier)))
            : "none"),
        ("recruitment", w.Recruitment is { } r
            ? Flow(
                ("every", DurationOfDays(r.EveryDays)),
                ("recruits", Integer(r.Recruits)),
                ("bootcampHours", Number(r.BootcampHours)),
                ("dropOut", Number(r.DropOutShare)))
            : null),
        ("employment", w.Employment is { } e
            ? Flow(
                ("vendor", Text(e.Vendor)),
                ("lab", Text(e.Lab)),
                ("wageUsdPerHour", Number(e.WageUsdPerHour)),
                ("billUsdPerHour", Number(e.BillUsdPerHour)),
                ("shift", e.RoundTheClock ? "always" : Window(e.ShiftStartMinute, e.ShiftEndMinute)))
            : null),
        ("trainingHorizonHours", Number(w.TrainingHorizonHours)),
        ("learning", w.Learning is { } l
            ? Flow(("halfLifeTasks", Number(l.HalfLifeTasks)), ("exponent", Number(l.Exponent)), ("floor", Number(l.Floor)))
            : null),
        ("priorApproved", w.PriorApproved is { } prior
            ? Flow(("median", Number(prior.Median)), ("sigma", Number(prior.Sigma)))
            : null),
    ];

    /// <summary>
    /// What follows <c>key:</c> for a list of mappings, each item's keys on lines of their own, the
    /// dash at column <paramref name="indent"/>; <c> []</c> for an empty list. Null values are left out.
    /// </summary>
    private static string Block<T>(IEnumerable<T> items, Func<T, IEnumerable<Field>> fields, int indent)
    {
        var text = new StringBuilder();
        var dash = "\n" + new string(' ', indent) + "- ";
        var next = "\n" + new string(' ', indent + 2);
        foreach (var item in items)
        {
            var prefix = dash;
            foreach (var (key, value) in fields(item))
            {
                if (value is null)
                    continue;
                // A nested block starts on a line of its own.
                var separator = value.StartsWith('\n') ? "" : " ";
                text.Append(prefix).Append(key).Append(':').Append(separator).Append(value);
                prefix = next;
            }
        }
        return text.Length == 0 ? " []" : text.ToString();
    }

    /// <summary>What follows <c>key:</c> for a list of single-line values, the dash at column <paramref name="indent"/>.</summary>
    private static string List(IEnumerable<string> values, int indent)
    {
        var text = string.Concat(values.Select(v => "\n" + new string(' ', indent) + "- " + v));
        return text.Length == 0 ? " []" : text;
    }
}
