using CrowdSim.Model.Scenario;
using CsCheck;

namespace CrowdSim.Scenarios.Tests;

/// <summary>
/// CsCheck generators of valid scenarios: small worlds (a few regions, task types, platforms of both
/// kinds, vendors, labs and worker pools, and events of every type) whose references all resolve and
/// whose values are inside the limits of docs/SCENARIOS.md. Durations are whole minutes, the finest a
/// scenario file can say.
/// </summary>
internal static class ScenarioGenerators
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
        let world = new World(days, tick, regions, taskTypes, platforms, vendors, labs, pools)
        from events in Events(world)
        select new ScenarioSpec(name, seed, days, tick, regions, taskTypes, platforms, vendors, labs, pools, events);

    /// <summary>The entities of a scenario, for events to refer to.</summary>
    private sealed record World(
        int Days,
        int Tick,
        RegionSpec[] Regions,
        TaskTypeSpec[] TaskTypes,
        PlatformSpec[] Platforms,
        VendorSpec[] Vendors,
        LabSpec[] Labs,
        WorkerPoolSpec[] Pools);

    private static Gen<double> Share =>
        Gen.Frequency<double>((4, Gen.Double[0, 1]), (1, Gen.OneOf(0.0, 1.0, 1e-7, 0.1)));

    private static Gen<double> Money =>
        Gen.Frequency<double>((4, Gen.Double[0, 30]), (1, Gen.OneOf(0.0, 0.01, 1e-7, 7.25)));

    private static Gen<double> Positive(double max) =>
        Gen.Frequency<double>((4, Gen.Double[0, max]), (1, Gen.OneOf(1e-6, 1.0))).Where(x => x > 0);

    /// <summary>A positive number of hours that is a whole number of minutes.</summary>
    private static Gen<double> WholeMinutesAsHours(int maxMinutes) => Gen.Int[1, maxMinutes].Select(m => m / 60.0);

    private static Gen<(int, int)> Window =>
        Gen.Select(Gen.Int[0, 1439], Gen.Int[0, 1439]).Where(w => w.Item1 != w.Item2);

    private static Gen<int> UtcOffset => Gen.Int[-14 * 60, 14 * 60];

    private static Gen<string[]> Ids(int min, int max) =>
        from n in Gen.Int[min, max]
        from ids in Gen.Shuffle(IdPool)
        select ids[..n];

    private static Gen<T[]> Entities<T>(int min, int max, Func<string, Gen<T>> entity) =>
        Ids(min, max).SelectMany(ids => All(ids.Select(entity)));

    /// <summary>One value from each generator, in order.</summary>
    private static Gen<T[]> All<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<T>()), (all, gen) => from xs in all from x in gen select (T[])[.. xs, x]);

    /// <summary>A non-empty (unless <paramref name="min"/> is 0) subset in random order.</summary>
    private static Gen<T[]> Subset<T>(T[] items, int min) =>
        from n in Gen.Int[min, items.Length]
        from shuffled in Gen.Shuffle(items)
        select shuffled[..n];

    private static Gen<RegionSpec> Region(string id) =>
        from offset in UtcOffset
        from wage in Money
        from sleep in Window
        select new RegionSpec(id, offset, wage, sleep.Item1, sleep.Item2);

    private static Gen<TaskTypeSpec> TaskType(string id) =>
        from mean in Positive(30)
        from sigma in Gen.Double[0, 1.5]
        from review in Share
        from expiry in WholeMinutesAsHours(7 * 1440)
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
        from cells in Subset([.. taskTypes.SelectMany(t => regions.Select(r => (TaskType: t.Id, Region: r.Id)))], 1)
        from rates in All(cells.Select(c => Money.Select(usd => new PieceRate(c.TaskType, c.Region, usd))))
        from policy in WagePolicy
        select new VendorSpec(id, platform.Id, rates) { WagePolicy = policy };

    private static Gen<WagePolicySpec> WagePolicy => Gen.OneOf<WagePolicySpec>(
        Gen.Const(WagePolicySpec.Fixed),
        WholeMinutesAsHours(2 * 1440).Select(hours => new WagePolicySpec(WagePolicyKind.CheapestFirst, hours, 1, 0)),
        Gen.Select(Gen.Double[1, 5], Gen.Frequency<double>((4, Positive(20_000)), (1, Gen.Const(1e20))),
            (max, backlog) => new WagePolicySpec(WagePolicyKind.Surge, 0, max, backlog)));

    private static Gen<LabSpec> Lab(string id, TaskTypeSpec[] taskTypes, PlatformSpec[] platforms, VendorSpec[] vendors) =>
        from offset in UtcOffset
        from count in Gen.Int[1, 3]
        from lines in All(Enumerable.Repeat(0, count).Select(_ => DemandLine(taskTypes, platforms, vendors)))
        from spillovers in All(lines.Select(line => Spillover(line, lines, taskTypes)))
        select new LabSpec(id, offset, [.. lines.Select((line, i) => line with { Spillover = spillovers[i] })]);

    /// <summary>
    /// None, or a spill-over to a task type the lab demands that comes later in <paramref name="taskTypes"/>:
    /// spill-over that can reach its own line again grows without bound (see ScenarioRoundTripTests).
    /// </summary>
    private static Gen<SpilloverSpec?> Spillover(DemandSpec line, DemandSpec[] lines, TaskTypeSpec[] taskTypes)
    {
        var order = Array.FindIndex(taskTypes, t => t.Id == line.TaskType);
        string[] later = [.. lines.Select(l => l.TaskType).Distinct().Where(t => Array.FindIndex(taskTypes, x => x.Id == t) > order)];
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
        from memberOf in Subset([.. platforms.Select(p => p.Id)], 1)
        from median in Positive(10)
        from sigma in Gen.Double[0, 2]
        from checkEvery in WholeMinutesAsHours(600)
        from nightShare in Share
        from nightEvery in WholeMinutesAsHours(600)
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
        // An employed pool must be a member of its employer's platform.
        let employer = employment is null ? null : vendors.First(v => v.Id == employment.Vendor).Platform
        let members = employer is null || memberOf.Contains(employer) ? memberOf : [.. memberOf, employer]
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

    /// <summary>Up to four events in time order, half of them early enough to fall in a short run.</summary>
    private static Gen<ScenarioEvent[]> Events(World world) =>
        from count in Gen.Int[0, 4]
        from times in All(Enumerable.Repeat(0, count).Select(_ => Gen.Frequency<long>(
            (1, Gen.Long[0, 8L * world.Tick - 1]),
            (1, Gen.Long[0, world.Days * 1440L - 1]))))
        from events in All(times.Order().Select(at => Event(world, at)))
        select events;

    private static Gen<ScenarioEvent> Event(World world, long at)
    {
        var demanded = world.Labs.SelectMany(l => l.Demand.Select(d => (Lab: l.Id, d.TaskType))).ToArray();
        var kinds = new List<Gen<ScenarioEvent>>
        {
            WageChange(world, at),
            from target in Gen.OneOf(demanded)
            from multiplier in Gen.Frequency<double>((1, Gen.Const(1.0)), (2, Positive(5)))
            from duration in Gen.Long[multiplier == 1 ? 0 : 1, 2 * 1440]
            from batch in Gen.Int[multiplier == 1 ? 1 : 0, 200]
            select (ScenarioEvent)new TaskSurge(at, target.Lab, target.TaskType, multiplier, duration, batch),
            from target in Gen.OneOf(demanded)
            from share in Share
            from ramp in Gen.Frequency<long>((1, Gen.Const(0L)), (2, Gen.Long[0, 2 * 1440]))
            select (ScenarioEvent)new AutomationShock(at, target.Lab, target.TaskType, share, ramp),
            Policy(world, at),
            from pool in Gen.OneOf(world.Pools)
            from recruits in Gen.Int[1, 20]
            select (ScenarioEvent)new RecruitmentDrive(at, pool.Id, recruits),
        };
        if (world.Vendors.Length > 0)
        {
            kinds.Add(
                from vendor in Gen.OneOf(world.Vendors)
                from region in Gen.OneOf(world.Regions)
                select (ScenarioEvent)new MarketExit(at, vendor.Id, region.Id));
        }
        return Gen.OneOf<ScenarioEvent>([.. kinds]);
    }

    private static Gen<ScenarioEvent> WageChange(World world, long at) =>
        from vendor in world.Vendors.Length == 0 ? Gen.Const((VendorSpec?)null) : Gen.Null(Gen.OneOf(world.Vendors), 0.5)
        from platform in Gen.OneOf(world.Platforms)
        from region in Gen.Null(Gen.OneOf(world.Regions), 0.5)
        from taskType in Gen.Null(Gen.OneOf(world.TaskTypes), 0.5)
        from isFactor in Gen.Bool
        from factor in Positive(3)
        from rate in Money
        select (ScenarioEvent)new WageChange(
            at,
            vendor?.Id,
            vendor is null ? platform.Id : null,
            region?.Id,
            taskType?.Id,
            isFactor ? factor : null,
            isFactor ? null : rate);

    private static Gen<ScenarioEvent> Policy(World world, long at) =>
        from kind in Gen.Enum<PolicyKind>()
        from platform in Gen.Null(Gen.OneOf(world.Platforms), 0.5)
        from region in kind == PolicyKind.PayFloor ? Gen.Null(Gen.OneOf(world.Regions), 0.5) : Gen.Const((RegionSpec?)null)
        from enabled in Gen.Frequency<bool>((3, Gen.Const(true)), (1, Gen.Const(false)))
        from given in enabled ? Gen.Const(true) : Gen.Bool
        from value in kind switch
        {
            PolicyKind.PayFloor => Positive(20),
            PolicyKind.PaidTraining => Money,
            PolicyKind.MaxContinuousHours => Positive(12),
            _ => Share,
        }
        let parameter = given ? value : (double?)null
        select (ScenarioEvent)new PolicyChange(
            at,
            kind,
            platform?.Id,
            region?.Id,
            kind is PolicyKind.PayFloor or PolicyKind.PaidTraining ? parameter : null,
            kind == PolicyKind.MaxContinuousHours ? parameter : null,
            kind == PolicyKind.FeeCap ? parameter : null,
            enabled);
}
