using CrowdSim.Model.Scenario;
using CsCheck;
using static CrowdSim.Testing.Generators.Gens;

namespace CrowdSim.Testing.Generators;

/// <summary>
/// CsCheck generator of any valid scenario, for the tests of the scenario format: small worlds (a few
/// regions, task types, platforms of both kinds, vendors, labs and worker pools, and events of every
/// type, see <see cref="AnyEvents"/>) whose references all resolve and whose values are inside the
/// limits of docs/SCENARIOS.md, with ids that need quoting and values at the edges (0, 1, 1e-7, huge).
/// Durations are whole minutes, the finest a scenario file can say. <see cref="BusyScenarios"/> draws
/// scenarios that are meant to run and be busy instead.
/// </summary>
public static class AnyScenarios
{
    /// <summary>
    /// Ids (letters, digits, '-' and '_' only) that still exercise quoting: YAML keywords, numbers,
    /// a leading dash, things that read as durations or times.
    /// </summary>
    private static readonly string[] IdPool =
    [
        "kenya", "lab-alpha", "us_east", "null", "Null", "NULL", "True", "no", "yes", "off", "123", "1e3", "-5", "0x1F",
        "1_000", "-", "--", "_", "2h", "0m", "day1", "Inf", "nan", "007", "a-b_c-D",
    ];

    /// <summary>Scenario names, which are free text: they exercise quoting with indicators, spaces, escapes and non-ASCII too.</summary>
    private static readonly string[] NamePool =
    [
        .. IdPool, "a.b", "~", "has space", "colon: x", "#hash", "- dash", "'single", "say \"hi\"", "[x]", "{y}", "a,b", "*star",
        "&anchor", "!tag", "@at", "%pct", "`tick", "|pipe", ">fold", "?q", " lead", "trail ", "tab\there", "new\nline",
        "back\\slash", "Žvýkačka", "日本", "😀", "nul\u0000l", "bom\ufeff", "day 1", "08:00-17:00",
    ];

    private static readonly int[] TickMinutes = [5, 6, 10, 12, 15, 20, 30, 60];

    /// <summary>A valid scenario of 1 to 3 days.</summary>
    public static readonly Gen<ScenarioSpec> Spec =
        from days in Gen.Int[1, 3]
        from tick in Gen.OneOf(TickMinutes)
        from seed in Gen.ULong
        from name in Gen.OneOf(NamePool)
        from regions in Entities(1, 3, Region)
        from taskTypes in Entities(1, 3, TaskType)
        from platforms in Platforms
        from vendors in Gen.Int[0, 2].SelectMany(n => Ids(n, n).SelectMany(ids => All(ids.Select(id => Vendor(id, platforms, taskTypes, regions)))))
        from labs in Ids(1, 2).SelectMany(ids => All(ids.Select(id => Lab(id, taskTypes, platforms, vendors))))
        from pools in Ids(1, 3).SelectMany(ids => All(ids.Select(id => WorkerPool(id, regions, platforms, vendors, labs))))
        let world = new GeneratedWorld(days, tick, regions, taskTypes, platforms, vendors, labs, pools)
        from events in AnyEvents.Of(world)
        select new ScenarioSpec(name, seed, days, tick, regions, taskTypes, platforms, vendors, labs, pools, events);

    /// <summary>A share: usually anywhere in [0, 1] (more often near 0), sometimes exactly 0, 1, 1e-7 or 0.1.</summary>
    internal static Gen<double> Share =>
        Gen.Frequency<double>((4, Gen.Double[0, 1]), (1, Gen.OneOf(0.0, 1.0, 1e-7, 0.1)));

    /// <summary>An amount of USD, sometimes exactly 0, a cent, 1e-7 or 7.25.</summary>
    internal static Gen<double> Money =>
        Gen.Frequency<double>((4, Gen.Double[0, 30]), (1, Gen.OneOf(0.0, 0.01, 1e-7, 7.25)));

    /// <summary>A positive number up to <paramref name="max"/>, sometimes exactly 1e-6 or 1.</summary>
    internal static Gen<double> Positive(double max) =>
        Gen.Frequency<double>((4, Gen.Double[0, max]), (1, Gen.OneOf(1e-6, 1.0))).Where(x => x > 0);

    private static Gen<(int, int)> Window =>
        Gen.Select(Gen.Int[0, 1439], Gen.Int[0, 1439]).Where(w => w.Item1 != w.Item2);

    private static Gen<int> UtcOffset => Gen.Int[-14 * 60, 14 * 60];

    private static Gen<string[]> Ids(int min, int max) => Some(IdPool, min, max);

    private static Gen<T[]> Entities<T>(int min, int max, Func<string, Gen<T>> entity) =>
        Ids(min, max).SelectMany(ids => All(ids.Select(entity)));

    private static Gen<RegionSpec> Region(string id) =>
        from offset in UtcOffset
        from wage in Money
        from sleep in Window
        select new RegionSpec(id, offset, wage, sleep.Item1, sleep.Item2);

    private static Gen<TaskTypeSpec> TaskType(string id) =>
        from mean in Positive(30)
        from sigma in Gen.Double[0, 1.5]
        from review in Share
        from expiry in WholeMinutesAsHours(1, 7 * 1440)
        from training in Gen.Null(Gen.Select(Positive(10), Share, (h, p) => new TrainingSpec(h, p)), 0.6)
        from advertised in Gen.Nullable(Positive(30), 0.6)
        from difficulty in Positive(3)
        from abandon in Share
        from exponential in Gen.Bool
        select new TaskTypeSpec(id, mean, exponential ? ModelDefaults.MinutesSigma : sigma, review, expiry)
        {
            Handling = exponential ? HandlingDistribution.Exponential : HandlingDistribution.LogNormal,
            Training = training,
            AdvertisedMinutes = advertised,
            Difficulty = difficulty,
            AbandonShare = abandon,
        };

    /// <summary>One or two open marketplaces and one or two managed crowds, in random order.</summary>
    private static Gen<PlatformSpec[]> Platforms =>
        from open in Gen.Int[1, 2]
        from managed in Gen.Int[1, 2]
        from ids in Ids(open + managed, open + managed)
        from kinds in Gen.Shuffle(Enumerable.Repeat(PlatformKind.OpenMarketplace, open).Concat(Enumerable.Repeat(PlatformKind.ManagedCrowd, managed)).ToArray())
        from platforms in All(ids.Select((id, i) => Platform(id, kinds[i])))
        select platforms;

    private static Gen<PlatformSpec> Platform(string id, PlatformKind kind) =>
        from fee in Share
        from notifications in Gen.Bool
        from deactivation in Gen.Null(
            Gen.Select(Share, Gen.Frequency<int>((4, Gen.Int[1, 50]), (1, Gen.Const(int.MaxValue))), (r, n) => new DeactivationSpec(r, n)), 0.6)
        select new PlatformSpec(id, kind, fee) { Notifications = notifications, Deactivation = deactivation };

    private static Gen<VendorSpec> Vendor(string id, PlatformSpec[] platforms, TaskTypeSpec[] taskTypes, RegionSpec[] regions) =>
        from platform in Gen.Frequency<PlatformSpec>(
            (4, Gen.OneOf([.. platforms.Where(p => p.Kind == PlatformKind.ManagedCrowd)])),
            (1, Gen.OneOf(platforms)))
        from cells in Some([.. taskTypes.SelectMany(t => regions.Select(r => (TaskType: t.Id, Region: r.Id)))], 1, int.MaxValue)
        from rates in All(cells.Select(c => Money.Select(usd => new PieceRate(c.TaskType, c.Region, usd))))
        from policy in WagePolicy
        select new VendorSpec(id, platform.Id, rates) { WagePolicy = policy };

    private static Gen<WagePolicySpec> WagePolicy => Gen.OneOf<WagePolicySpec>(
        Gen.Const(WagePolicySpec.Fixed),
        WholeMinutesAsHours(1, 2 * 1440).Select(hours => new WagePolicySpec(WagePolicyKind.CheapestFirst, hours, 1, 0)),
        Gen.Select(Gen.Double[1, 5], Gen.Frequency<double>((4, Positive(20_000)), (1, Gen.Const(1e20))),
            (max, backlog) => new WagePolicySpec(WagePolicyKind.Surge, 0, max, backlog)));

    private static Gen<LabSpec> Lab(string id, TaskTypeSpec[] taskTypes, PlatformSpec[] platforms, VendorSpec[] vendors) =>
        from offset in UtcOffset
        from count in Gen.Int[1, 3]
        from lines in All(Enumerable.Repeat(0, count).Select(_ => DemandLine(taskTypes, platforms, vendors)))
        from spillovers in All(lines.Select(line => Spillover(line, lines, taskTypes)))
        select new LabSpec(id, offset, ScenarioRules.WithSpillovers(lines, spillovers));

    /// <summary>None, or a spill-over onto one of <see cref="ScenarioRules.SpilloverTargets"/>.</summary>
    private static Gen<SpilloverSpec?> Spillover(DemandSpec line, DemandSpec[] lines, TaskTypeSpec[] taskTypes)
    {
        var later = ScenarioRules.SpilloverTargets(line, lines, taskTypes);
        return later.Length == 0
            ? Gen.Const((SpilloverSpec?)null)
            : Gen.Null(Gen.Select(Gen.OneOf(later), Gen.Double[0, 2], (t, n) => new SpilloverSpec(t, n)), 0.5);
    }

    /// <summary>A line through a vendor that has a piece rate for the task type, or directly on an open marketplace.</summary>
    private static Gen<DemandSpec> DemandLine(TaskTypeSpec[] taskTypes, PlatformSpec[] platforms, VendorSpec[] vendors) =>
        from taskType in Gen.OneOf(taskTypes)
        let offering = vendors.Where(v => v.PieceRates.Any(r => r.TaskType == taskType.Id)).ToArray()
        let open = platforms.Where(p => p.Kind == PlatformKind.OpenMarketplace).ToArray()
        from vendor in offering.Length == 0 ? Gen.Const((VendorSpec?)null) : Gen.Null(Gen.OneOf(offering), 0.4)
        from platform in Gen.OneOf(open)
        from tasksPerDay in Gen.Double[0, 500]
        from price in Money
        from amplitude in Gen.Double[0, 1]
        from peak in Gen.Double[0, 24]
        from weekend in Gen.Double[0, 3]
        from perWeek in Gen.Frequency<double>((1, Gen.Double[0, 20]), (1, Gen.Const(0.0)))
        from minTasks in perWeek > 0 ? Gen.Double[1, 200] : Gen.OneOf(0.0, 5.0)
        from alpha in Gen.Double[1.01, 3]
        from automated in Share
        from requesters in vendor is null ? Gen.Null(Requesters, 0.5) : Gen.Const((RequestersSpec?)null)
        select new DemandSpec(
            taskType.Id, vendor?.Id, vendor is null ? platform.Id : null,
            tasksPerDay, price, amplitude, peak, weekend, perWeek, minTasks, alpha, automated)
        {
            Requesters = requesters,
        };

    private static Gen<RequestersSpec> Requesters =>
        from count in Gen.Int[1, 20]
        from median in Positive(20)
        from paySigma in Gen.Double[0, 2]
        from volumeSigma in Gen.Double[0, 3]
        from correlation in Gen.Double[-1, 1]
        select new RequestersSpec(count, median, paySigma, volumeSigma, correlation);

    private static Gen<WorkerPoolSpec> WorkerPool(string id, RegionSpec[] regions, PlatformSpec[] platforms, VendorSpec[] vendors, LabSpec[] labs) =>
        from region in Gen.OneOf(regions)
        from count in Gen.Int[0, 30]
        from memberOf in Some([.. platforms.Select(p => p.Id)], 1, int.MaxValue)
        from median in Positive(10)
        from sigma in Gen.Double[0, 2]
        from checkEvery in WholeMinutesAsHours(1, 600)
        from nightShare in Share
        from nightEvery in WholeMinutesAsHours(1, 600)
        from session in Positive(8)
        from search in Gen.Double[0, 10]
        from speed in Gen.Double[0, 1]
        from error in Share
        from errorSigma in Gen.Double[0, 1]
        from fatigue in Gen.Select(Gen.Double[0, 12], Gen.Double[0, 1], (onset, rise) => new FatigueSpec(onset, rise))
        from adaptation in Share
        from churn in Gen.Null(Gen.Select(Share, Gen.Double[0, 5], (h, m) => new ChurnSpec(h, m)), 0.3)
        from recruitment in Gen.Null(
            from every in Gen.Int[60, 4 * 1440]
            from recruits in Gen.Int[1, 10]
            from bootcamp in Gen.Double[0, 40]
            from dropOut in Share
            select new RecruitmentSpec(every / 1440.0, recruits, bootcamp, dropOut), 0.6)
        from employment in vendors.Length == 0 ? Gen.Const((EmploymentSpec?)null) : Gen.Null(
            from vendor in Gen.OneOf(vendors)
            from lab in Gen.OneOf(labs)
            from wage in Money
            from bill in Money
            from shift in Window
            from always in Gen.Int[0, 3]
            select always == 0
                ? new EmploymentSpec(vendor.Id, lab.Id, wage, bill, 0, 0) { RoundTheClock = true }
                : new EmploymentSpec(vendor.Id, lab.Id, wage, bill, shift.Item1, shift.Item2), 0.6)
        from horizon in Positive(100)
        let members = ScenarioRules.WithEmployerPlatform(memberOf, employment, vendors)
        select new WorkerPoolSpec(id, region.Id, count, members, median, sigma, checkEvery, nightShare, nightEvery, session, search, speed, error)
        {
            ErrorRateSigma = errorSigma,
            Fatigue = fatigue,
            AdaptationWeeklyRate = adaptation,
            Churn = churn,
            Recruitment = recruitment,
            Employment = employment,
            TrainingHorizonHours = horizon,
        };
}
