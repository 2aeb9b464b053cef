using CrowdSim.Model.Scenario;

namespace CrowdSim.Testing;

/// <summary>Builds small scenarios for tests: a managed crowd with one vendor, an open marketplace, two regions (US and Kenya), one lab.</summary>
public sealed class ScenarioBuilder
{
    private readonly List<ScenarioEvent> _events = [];
    private int _days = 2;
    private int _tickMinutes = 15;
    private int _usWorkers = 40;
    private int _keWorkers = 60;
    private double _tasksPerDay = 3000;
    private double _reservationMedian = 1.0;
    private ulong _seed = 7;
    private double _expiryHours = 24;
    private double _abandonShare = 0.13;

    public ScenarioBuilder Days(int days) { _days = days; return this; }
    public ScenarioBuilder TickMinutes(int minutes) { _tickMinutes = minutes; return this; }
    public ScenarioBuilder Workers(int us, int kenya) { _usWorkers = us; _keWorkers = kenya; return this; }
    public ScenarioBuilder TasksPerDay(double tasks) { _tasksPerDay = tasks; return this; }
    public ScenarioBuilder ReservationMedian(double usd) { _reservationMedian = usd; return this; }
    public ScenarioBuilder Seed(ulong seed) { _seed = seed; return this; }
    public ScenarioBuilder ExpiryHours(double hours) { _expiryHours = hours; return this; }
    public ScenarioBuilder Event(ScenarioEvent e) { _events.Add(e); return this; }
    public ScenarioBuilder AbandonShare(double share) { _abandonShare = share; return this; }

    public ScenarioSpec Build() => new(
        "test",
        _seed,
        _days,
        _tickMinutes,
        [
            new RegionSpec("us", -300, 7.25, 23 * 60, 7 * 60),
            new RegionSpec("kenya", 180, 0.6, 22 * 60, 6 * 60),
        ],
        [
            new TaskTypeSpec("bbox", 2.0, 0.5, 0.2, _expiryHours) { AbandonShare = _abandonShare },
            new TaskTypeSpec("rating", 10.0, 0.4, 1.0, _expiryHours) { AbandonShare = _abandonShare },
        ],
        [
            new PlatformSpec("market", PlatformKind.OpenMarketplace, 0.2),
            new PlatformSpec("crowd", PlatformKind.ManagedCrowd, 0.0),
        ],
        [
            new VendorSpec("tasklane", "crowd", [
                new PieceRate("bbox", "us", 0.40),
                new PieceRate("bbox", "kenya", 0.07),
            ]),
        ],
        [
            new LabSpec("alpha", -480, [
                new DemandSpec("bbox", "tasklane", null, _tasksPerDay, 0.45, 0.5, 14, 0.6, 2, 100, 1.5, 0.0),
                new DemandSpec("rating", null, "market", _tasksPerDay / 10, 1.5, 0.5, 14, 0.6, 0, 0, 1.5, 0.0),
            ]),
        ],
        [
            new WorkerPoolSpec("us-pool", "us", _usWorkers, ["market", "crowd"], _reservationMedian * 7, 0.8, 3, 0.1, 3, 2, 3, 0.3, 0.02),
            new WorkerPoolSpec("ke-pool", "kenya", _keWorkers, ["crowd"], _reservationMedian, 0.8, 3, 0.3, 3, 2, 3, 0.3, 0.05),
        ],
        _events);
}
