using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Tests.Checkpoints;

/// <summary>
/// Small worlds that between them put every kind of state in play at a checkpoint, each with the
/// ticks to checkpoint at (including tick 0 and ticks inside a surge, a ramp, a notified period and
/// a week's turn).
/// </summary>
internal static class CheckpointScenarios
{
    private const long Hour = 60;
    private const long Day = 24 * Hour;

    /// <summary>
    /// Three days in 15-minute ticks, with short expiry and abandonment: a surge with a batch (ticks
    /// 24-72), an automation shock ramping over ticks 80-104, spill-over from bbox onto rating, rating
    /// split among requesters, courses for both task types (paid from tick 12), deactivation on the crowd,
    /// surge pay at the vendor, platform and vendor wage changes, every policy switched on (and some
    /// off again), notifications from tick 120.
    /// </summary>
    public static ScenarioSpec Busy()
    {
        var spec = new ScenarioBuilder()
            .Days(3)
            .ExpiryHours(3)
            .Event(new TaskSurge(6 * Hour, "alpha", "bbox", 3.0, 12 * Hour, 800))
            .Event(new AutomationShock(20 * Hour, "alpha", "bbox", 0.5, 6 * Hour))
            .Event(new WageChange(10 * Hour, "tasklane", null, "kenya", "bbox", 1.3, null))
            .Event(new WageChange(14 * Hour, null, "market", null, null, 1.2, null))
            .Event(new WageChange(40 * Hour, null, "crowd", "us", "bbox", null, 0.55))
            .Event(Policy(8 * Hour, PolicyKind.PayFloor, usdPerHour: 1.5, region: "kenya"))
            .Event(Policy(3 * Hour, PolicyKind.PaidTraining, usdPerHour: 2.0))
            .Event(Policy(12 * Hour, PolicyKind.MaxContinuousHours, hours: 1.5))
            .Event(Policy(50 * Hour, PolicyKind.MaxContinuousHours, enabled: false))
            .Event(Policy(16 * Hour, PolicyKind.FeeCap, share: 0.1))
            .Event(Policy(18 * Hour, PolicyKind.PayRejected, platform: "market"))
            .Event(Policy(26 * Hour, PolicyKind.Transparency))
            .Event(Policy(30 * Hour, PolicyKind.Notifications, platform: "market"))
            .Build();
        var lab = spec.Labs[0];
        var bbox = lab.Demand[0] with { AutomatedShare = 0.1, Spillover = new SpilloverSpec("rating", 0.5) };
        var rating = lab.Demand[1] with { Requesters = new RequestersSpec(12, 6.0, 0.8, 1.0, -0.5) };
        return spec with
        {
            TaskTypes = [spec.TaskTypes[0] with { Training = new TrainingSpec(1.5, 0.6) }, spec.TaskTypes[1] with { Training = new TrainingSpec(2, 0.7), AdvertisedMinutes = 8 }],
            Platforms = [spec.Platforms[0], spec.Platforms[1] with { Deactivation = new DeactivationSpec(0.04, 3) }],
            Vendors = [spec.Vendors[0] with { WagePolicy = new WagePolicySpec(WagePolicyKind.Surge, 0, 2.0, 200) }],
            Labs = [lab with { Demand = [bbox, rating] }],
        };
    }

    /// <summary>Ticks of <see cref="Busy"/> to checkpoint at: the start, courses under way, the surge (returned tasks waiting), the ramp, notified checks pending.</summary>
    public static readonly int[] BusyTicks = [0, 1, 14, 38, 70, 90, 130, 250];

    /// <summary>
    /// Nine days in hour-long ticks, so that weekly reviews happen (tick 168): salaried weekday shifts
    /// and a round-the-clock duty at the vendor, crowd workers who adapt and leave at a high rate, Kenyan
    /// crowd workers under the experience rules (adaptation, discouragement, no-earnings exit), a
    /// recruitment funnel and a recruitment drive, the vendor ranking regions cheapest first, then
    /// cutting Kenyan pay and leaving the US.
    /// </summary>
    public static ScenarioSpec Shifts()
    {
        var spec = new ScenarioBuilder()
            .Days(9)
            .TickMinutes(60)
            .Workers(30, 40)
            .Event(new RecruitmentDrive(3 * Day, "us-pool", 12))
            .Event(new WageChange(4 * Day, "tasklane", null, "kenya", null, 0.8, null))
            .Event(new MarketExit(5 * Day, "tasklane", "us"))
            .Event(new TaskSurge(2 * Day, "alpha", "bbox", 1.5, 3 * Day, 0))
            .Build();
        var us = spec.WorkerPools[0] with { Churn = new ChurnSpec(0.3, 2.0), AdaptationWeeklyRate = 0.5 };
        var kenya = spec.WorkerPools[1] with
        {
            Recruitment = new RecruitmentSpec(2, 10, 20, 0.3),
            Adaptation = AdaptationSpec.Default,
            Discouragement = DiscouragementSpec.Default,
            Churn = ChurnSpec.Default with { NoEarningsExit = 0.5 },
        };
        var bpo = spec.WorkerPools[1] with
        {
            Id = "ke-bpo",
            Count = 15,
            Platforms = ["crowd"],
            Employment = new EmploymentSpec("tasklane", "alpha", 1.5, 4.0, 8 * 60, 16 * 60),
        };
        var duty = bpo with
        {
            Id = "ke-duty",
            Count = 4,
            Employment = bpo.Employment! with { RoundTheClock = true },
        };
        return spec with
        {
            Vendors = [spec.Vendors[0] with { WagePolicy = new WagePolicySpec(WagePolicyKind.CheapestFirst, 1, 1, 0) }],
            WorkerPools = [us, kenya, bpo, duty],
        };
    }

    /// <summary>Ticks of <see cref="Shifts"/> to checkpoint at: inside shifts, at a week's turn, after departures.</summary>
    public static readonly int[] ShiftsTicks = [0, 10, 57, 100, 168, 169, 200];

    /// <summary>
    /// <see cref="Busy"/> with access rules (issue 15): half the rating requesters let only the US see
    /// their tasks, half require 5 approved tasks (a count crossed during the run), US workers bring
    /// prior approvals and learn, so claims carry counts and speeds that change from session to session.
    /// </summary>
    public static ScenarioSpec Access()
    {
        var spec = Busy();
        var lab = spec.Labs[0];
        var rating = lab.Demand[1] with
        {
            Requesters = lab.Demand[1].Requesters! with
            {
                RestrictToRegions = new RegionRestrictionSpec(["us"], 0.5),
                ApprovalGate = new ApprovalGateSpec(5, 0.5),
            },
        };
        var us = spec.WorkerPools[0] with { PriorApproved = new PriorApprovedSpec(2, 1.5), Learning = new LearningSpec(10, 0.3, 0.5) };
        return spec with { Labs = [lab with { Demand = [lab.Demand[0], rating] }], WorkerPools = [us, spec.WorkerPools[1]] };
    }

    /// <summary>Ticks of <see cref="Access"/> to checkpoint at.</summary>
    public static readonly int[] AccessTicks = [0, 38, 130];

    /// <summary>
    /// Four days in hour-long ticks with responsive pricing reviewed every 12 hours (issue 15): the
    /// vendor and a rival that posts nothing but whose rates pull, a scripted Kenyan cut on top.
    /// </summary>
    public static ScenarioSpec Pricing()
    {
        var spec = new ScenarioBuilder()
            .Days(4)
            .TickMinutes(60)
            .Workers(30, 90)
            .Event(new WageChange(30 * Hour, "tasklane", null, "kenya", null, 0.8, null))
            .Build();
        var rule = PricingSpec.Default with { ReviewEveryMinutes = 12 * Hour, MaxStep = 0.1 };
        var vendor = spec.Vendors[0] with { Pricing = rule };
        var rival = vendor with { Id = "rival", PieceRates = [new PieceRate("bbox", "kenya", 0.12)] };
        return spec with { Vendors = [vendor, rival] };
    }

    /// <summary>Ticks of <see cref="Pricing"/> to checkpoint at: before, at and after reviews, after the scripted cut.</summary>
    public static readonly int[] PricingTicks = [0, 11, 12, 13, 31, 60];

    /// <summary><see cref="Busy"/> with a listing on both platforms (issue 15): beliefs, favourites, the review site and in-session searches at the checkpoints.</summary>
    public static ScenarioSpec Search()
    {
        var spec = Busy();
        return spec with { Platforms = spec.Platforms.Select(p => p with { Search = new SearchSpec(SearchRule.Listing) }).ToArray() };
    }

    /// <summary>Ticks of <see cref="Search"/> to checkpoint at.</summary>
    public static readonly int[] SearchTicks = [0, 38, 130];

    /// <summary>
    /// <see cref="Busy"/> with push alerts on both platforms (issue 15, item 7), notifications for Kenya
    /// only on the crowd platform from 2h: launches (bursts and the surge's batch) are pushed, with a
    /// long delay so that pushed checks are pending across the checkpoints.
    /// </summary>
    public static ScenarioSpec Push()
    {
        var spec = Busy();
        return spec with
        {
            Platforms = [.. spec.Platforms.Select(p => p with { Push = new PushSpec(Seen: 0.9, DelayMinutes: 40, DelaySigma: 1.0) })],
            Events = [.. spec.Events.Prepend(Policy(2 * Hour, PolicyKind.Notifications, platform: "crowd", region: "kenya"))],
        };
    }

    /// <summary>Ticks of <see cref="Push"/> to checkpoint at.</summary>
    public static readonly int[] PushTicks = [0, 25, 38, 130, 250];

    /// <summary><see cref="Busy"/> measured from 12h to 2d12h (ticks 48-240).</summary>
    public static ScenarioSpec BusyWindow() => Busy() with { Measure = new MeasureWindow(12 * Hour, (2 * Day) + (12 * Hour)) };

    /// <summary>Ticks of <see cref="BusyWindow"/> to checkpoint at: before the window, at its edges, inside and after it.</summary>
    public static readonly int[] BusyWindowTicks = [0, 30, 48, 49, 130, 240, 241, 270];

    /// <summary><see cref="Shifts"/> measured from day 2 to day 8 (ticks 48-192), across the week's turn.</summary>
    public static ScenarioSpec ShiftsWindow() => Shifts() with { Measure = new MeasureWindow(2 * Day, 8 * Day) };

    /// <summary>Ticks of <see cref="ShiftsWindow"/> to checkpoint at.</summary>
    public static readonly int[] ShiftsWindowTicks = [10, 48, 169, 192, 200];

    /// <summary>The scenarios by name, for theories.</summary>
    public static ScenarioSpec Named(string name) => name switch
    {
        nameof(Busy) => Busy(),
        nameof(Shifts) => Shifts(),
        nameof(Access) => Access(),
        nameof(Pricing) => Pricing(),
        nameof(Search) => Search(),
        nameof(Push) => Push(),
        nameof(BusyWindow) => BusyWindow(),
        nameof(ShiftsWindow) => ShiftsWindow(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>Each scenario with each of its checkpoint ticks.</summary>
    public static TheoryData<string, int> Checkpoints()
    {
        var data = new TheoryData<string, int>();
        foreach (var tick in BusyTicks)
            data.Add(nameof(Busy), tick);
        foreach (var tick in ShiftsTicks)
            data.Add(nameof(Shifts), tick);
        foreach (var tick in AccessTicks)
            data.Add(nameof(Access), tick);
        foreach (var tick in PricingTicks)
            data.Add(nameof(Pricing), tick);
        foreach (var tick in SearchTicks)
            data.Add(nameof(Search), tick);
        foreach (var tick in PushTicks)
            data.Add(nameof(Push), tick);
        foreach (var tick in BusyWindowTicks)
            data.Add(nameof(BusyWindow), tick);
        foreach (var tick in ShiftsWindowTicks)
            data.Add(nameof(ShiftsWindow), tick);
        return data;
    }

    private static PolicyChange Policy(
        long atMinute, PolicyKind kind, double? usdPerHour = null, double? hours = null, double? share = null,
        string? region = null, string? platform = null, bool enabled = true) =>
        new(atMinute, kind, platform, region, usdPerHour, hours, share, enabled);
}
