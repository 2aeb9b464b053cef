namespace CrowdSim.Model.Metrics;

/// <summary>
/// The headline results of a run: the content of summary.json. Money in USD, times in minutes or
/// hours as named. Keys are a contract with users; add new ones, never rename.
/// </summary>
public sealed record RunSummary(
    string Scenario,
    ulong Seed,
    int Days,
    int Ticks,
    int TickMinutes,
    int Workers,
    string ResultHash,
    TaskTotals Tasks,
    MoneyTotals Money,
    QueueOutcomes Queue,
    WorkerOutcomes WorkerOutcomes,
    IReadOnlyDictionary<string, WorkerOutcomes> ByRegion,
    IReadOnlyDictionary<string, QueueOutcomes> ByPlatform,
    IReadOnlyDictionary<string, QueueDetail> ByQueue);
