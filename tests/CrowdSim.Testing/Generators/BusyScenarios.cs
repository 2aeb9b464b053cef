using CrowdSim.Model.Scenario;
using CsCheck;
using static CrowdSim.Testing.Generators.Gens;

namespace CrowdSim.Testing.Generators;

/// <summary>
/// CsCheck generator of small, busy scenarios, for tests that run them (the invariants): several regions (any UTC
/// offset in quarter hours, any sleep window), task types with short and long expiries, training,
/// review and abandonment, open marketplaces and managed crowds (notifications, deactivation),
/// vendors with every wage policy, labs posting through vendors and directly (requesters, launches,
/// automation, spill-over), crowd pools with and without night checkers, churn and recruitment,
/// salaried pools, and the events of <see cref="BusyEvents"/>. Worlds are small (up to a few
/// hundred workers, 1 to 4 days, sometimes 8 or 9 so that weekly reviews happen) so that hundreds of
/// them run in seconds. Values stay inside the limits of docs/SCENARIOS.md; durations are whole minutes.
/// <see cref="AnyScenarios"/> draws any valid scenario instead, for the tests of the format.
/// </summary>
public static class BusyScenarios
{
    private static readonly string[] RegionIds = ["kenya", "india", "us", "philippines"];
    private static readonly string[] TaskTypeIds = ["bbox", "rating", "transcript"];
    private static readonly string[] PoolIds = ["crowd-a", "crowd-b", "crowd-c"];
    private static readonly int[] TickMinutes = [15, 20, 30, 60];

    /// <summary>A valid scenario.</summary>
    public static readonly Gen<ScenarioSpec> Spec =
        from days in Gen.Frequency<int>((5, Gen.Int[1, 4]), (1, Gen.Int[8, 9]))
        from tick in days > 4 ? Gen.Const(60) : Gen.OneOf(TickMinutes)
        from seed in Gen.Int[0, int.MaxValue]
        from regions in Some(RegionIds, 1, 3).SelectMany(ids => All(ids.Select(Region)))
        from taskTypes in Some(TaskTypeIds, 1, 3).SelectMany(ids => All(ids.Select(TaskType)))
        from platforms in Platforms
        from vendors in Gen.Int[0, 2].SelectMany(n => All(Enumerable.Range(0, n).Select(v => Vendor($"vendor-{v}", platforms, taskTypes, regions))))
        from labs in Gen.Int[1, 2].SelectMany(n => All(Enumerable.Range(0, n).Select(l => Lab($"lab-{l}", taskTypes, platforms, vendors))))
        from pools in Some(PoolIds, 1, 3).SelectMany(ids => All(ids.Select(id => WorkerPool(id, days, regions, platforms, vendors, labs))))
        let world = new GeneratedWorld(days, tick, regions, taskTypes, platforms, vendors, labs, pools)
        from events in BusyEvents.Of(world)
        select new ScenarioSpec("invariants", (ulong)seed, days, tick, regions, taskTypes, platforms, vendors, labs, pools, events);

    /// <summary>A share: usually anywhere in [0, 1], sometimes exactly 0 or 1.</summary>
    public static Gen<double> Share => Gen.Frequency<double>((4, Uniform(0, 1)), (1, Gen.OneOf(0.0, 1.0)));

    /// <summary>A daily window of 4 to 12 hours starting at any minute (it may wrap past midnight).</summary>
    private static Gen<(int Start, int End)> Window =>
        from start in Gen.Int[0, 1439]
        from length in Gen.Int[4 * 60, 12 * 60]
        select (start, (start + length) % 1440);

    private static Gen<RegionSpec> Region(string id) =>
        from quarters in Gen.Int[-12 * 4, 14 * 4]
        from wage in Uniform(0.2, 8)
        from sleep in Window
        select new RegionSpec(id, quarters * 15, wage, sleep.Start, sleep.End);

    private static Gen<TaskTypeSpec> TaskType(string id) =>
        from mean in Uniform(0.5, 20)
        from sigma in Uniform(0, 1.2)
        from review in Share
        from expiry in Gen.Frequency<double>((1, WholeMinutesAsHours(30, 6 * 60)), (1, WholeMinutesAsHours(6 * 60, 72 * 60)))
        from training in Maybe(Gen.Select(WholeMinutesAsHours(15, 4 * 60), Share, (h, p) => new TrainingSpec(h, p)), 0.4)
        from advertised in Gen.Frequency<double?>((2, Uniform(0.3, 25).Select(m => (double?)m)), (3, Gen.Const((double?)null)))
        from difficulty in Uniform(0.5, 3)
        from abandon in Gen.Frequency<double>((3, Uniform(0, 0.4)), (1, Gen.Const(0.0)))
        from exponential in Gen.Int[0, 3]
        select new TaskTypeSpec(id, mean, sigma, review, expiry)
        {
            Handling = exponential == 0 ? HandlingDistribution.Exponential : HandlingDistribution.LogNormal,
            Training = training,
            AdvertisedMinutes = advertised,
            Difficulty = difficulty,
            AbandonShare = abandon,
        };

    /// <summary>One or two open marketplaces and up to two managed crowds, in random order.</summary>
    private static Gen<PlatformSpec[]> Platforms =>
        from open in Gen.Int[1, 2]
        from managed in Gen.Int[0, 2]
        from kinds in Gen.Shuffle(Enumerable.Repeat(PlatformKind.OpenMarketplace, open).Concat(Enumerable.Repeat(PlatformKind.ManagedCrowd, managed)).ToArray())
        from platforms in All(kinds.Select((kind, i) => Platform($"platform-{i}", kind)))
        select platforms;

    private static Gen<PlatformSpec> Platform(string id, PlatformKind kind) =>
        from fee in Uniform(0, 0.3)
        from notifications in Gen.Frequency<bool>((3, Gen.Const(false)), (1, Gen.Const(true)))
        from deactivation in Maybe(Gen.Select(Uniform(0, 0.5), Gen.Int[1, 30], (r, n) => new DeactivationSpec(r, n)), 0.4)
        select new PlatformSpec(id, kind, fee) { Notifications = notifications, Deactivation = deactivation };

    private static Gen<VendorSpec> Vendor(string id, PlatformSpec[] platforms, TaskTypeSpec[] taskTypes, RegionSpec[] regions) =>
        from platform in Gen.Frequency<PlatformSpec>(
            (4, platforms.Any(p => p.Kind == PlatformKind.ManagedCrowd)
                ? Gen.OneOf([.. platforms.Where(p => p.Kind == PlatformKind.ManagedCrowd)])
                : Gen.OneOf(platforms)),
            (1, Gen.OneOf(platforms)))
        from cells in Some([.. taskTypes.SelectMany(t => regions.Select(r => (TaskType: t.Id, Region: r.Id)))], 1, 9)
        from rates in All(cells.Select(c => Uniform(0, 1.5).Select(usd => new PieceRate(c.TaskType, c.Region, usd))))
        from policy in WagePolicy
        select new VendorSpec(id, platform.Id, rates) { WagePolicy = policy };

    private static Gen<WagePolicySpec> WagePolicy => Gen.OneOf<WagePolicySpec>(
        Gen.Const(WagePolicySpec.Fixed),
        WholeMinutesAsHours(10, 12 * 60).Select(hours => new WagePolicySpec(WagePolicyKind.CheapestFirst, hours, 1, 0)),
        Gen.Select(Uniform(1, 4), Uniform(1, 2000), (max, backlog) => new WagePolicySpec(WagePolicyKind.Surge, 0, max, backlog)));

    private static Gen<LabSpec> Lab(string id, TaskTypeSpec[] taskTypes, PlatformSpec[] platforms, VendorSpec[] vendors) =>
        from quarters in Gen.Int[-12 * 4, 14 * 4]
        from count in Gen.Int[1, 3]
        from lines in All(Enumerable.Range(0, count).Select(_ => DemandLine(taskTypes, platforms, vendors)))
        from spillovers in All(lines.Select(line => Spillover(line, lines, taskTypes)))
        select new LabSpec(id, quarters * 15, ScenarioRules.WithSpillovers(lines, spillovers));

    /// <summary>None, or a spill-over onto one of <see cref="ScenarioRules.SpilloverTargets"/>.</summary>
    private static Gen<SpilloverSpec?> Spillover(DemandSpec line, DemandSpec[] lines, TaskTypeSpec[] taskTypes)
    {
        var later = ScenarioRules.SpilloverTargets(line, lines, taskTypes);
        return later.Length == 0
            ? Gen.Const((SpilloverSpec?)null)
            : Maybe(Gen.Select(Gen.OneOf(later), Uniform(0, 2), (t, n) => new SpilloverSpec(t, n)), 0.5);
    }

    /// <summary>A line through a vendor that has a piece rate for the task type, or directly on an open marketplace.</summary>
    private static Gen<DemandSpec> DemandLine(TaskTypeSpec[] taskTypes, PlatformSpec[] platforms, VendorSpec[] vendors) =>
        from taskType in Gen.OneOf(taskTypes)
        let offering = vendors.Where(v => v.PieceRates.Any(r => r.TaskType == taskType.Id)).ToArray()
        let open = platforms.Where(p => p.Kind == PlatformKind.OpenMarketplace).ToArray()
        from vendor in offering.Length == 0 ? Gen.Const((VendorSpec?)null) : Maybe(Gen.OneOf(offering), 0.7)
        from platform in Gen.OneOf(open)
        from tasksPerDay in Uniform(10, 400)
        from price in Uniform(0.02, 2)
        from amplitude in Uniform(0, 1)
        from peak in Uniform(0, 24)
        from weekend in Uniform(0, 2)
        from perWeek in Gen.Frequency<double>((1, Uniform(0, 10)), (2, Gen.Const(0.0)))
        from minTasks in Uniform(1, 30)
        from alpha in Uniform(1.2, 3)
        from automated in Gen.Frequency<double>((3, Gen.Const(0.0)), (1, Share))
        from requesters in vendor is null ? Maybe(Requesters, 0.4) : Gen.Const((RequestersSpec?)null)
        select new DemandSpec(
            taskType.Id, vendor?.Id, vendor is null ? platform.Id : null,
            tasksPerDay, price, amplitude, peak, weekend, perWeek, perWeek > 0 ? minTasks : 0, alpha, automated)
        {
            Requesters = requesters,
        };

    private static Gen<RequestersSpec> Requesters =>
        from count in Gen.Int[1, 20]
        from median in Uniform(1, 15)
        from paySigma in Uniform(0, 1.5)
        from volumeSigma in Uniform(0, 2)
        from correlation in Uniform(-1, 1)
        select new RequestersSpec(count, median, paySigma, volumeSigma, correlation);

    private static Gen<WorkerPoolSpec> WorkerPool(string id, int days, RegionSpec[] regions, PlatformSpec[] platforms, VendorSpec[] vendors, LabSpec[] labs) =>
        from region in Gen.OneOf(regions)
        from count in days > 4 ? Gen.Int[5, 30] : Gen.Int[5, 100]
        from memberOf in Some([.. platforms.Select(p => p.Id)], 1, 3)
        from median in Uniform(0.3, 8)
        from sigma in Uniform(0, 1.5)
        from checkEvery in WholeMinutesAsHours(20, 6 * 60)
        from nightShare in Gen.Frequency<double>((2, Gen.Const(0.0)), (2, Uniform(0.05, 1)), (1, Gen.Const(1.0)))
        from nightEvery in WholeMinutesAsHours(30, 6 * 60)
        from session in Uniform(0.25, 4)
        from search in Uniform(0, 6)
        from speed in Uniform(0, 0.6)
        from error in Uniform(0, 0.2)
        from errorSigma in Uniform(0, 1)
        from fatigue in Gen.Select(Uniform(0, 10), Uniform(0, 0.5), (onset, rise) => new FatigueSpec(onset, rise))
        from adaptation in Share
        from churn in Maybe(Gen.Select(Uniform(0, 0.5), Uniform(0, 5), (h, m) => new ChurnSpec(h, m)), 0.7)
        from recruitment in Maybe(
            from every in Gen.Int[6 * 60, 3 * 1440]
            from recruits in Gen.Int[1, 20]
            from bootcamp in Uniform(0, 40)
            from dropOut in Share
            select new RecruitmentSpec(every / 1440.0, recruits, bootcamp, dropOut), 0.3)
        from employment in vendors.Length == 0 ? Gen.Const((EmploymentSpec?)null) : Maybe(
            from vendor in Gen.OneOf(vendors)
            from lab in Gen.OneOf(labs)
            from wage in Uniform(0, 5)
            from bill in Uniform(0, 15)
            from shift in Window
            from always in Gen.Int[0, 2]
            select new EmploymentSpec(vendor.Id, lab.Id, wage, bill, shift.Start, shift.End) { RoundTheClock = always == 0 }, 0.25)
        from horizon in Uniform(1, 100)
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
