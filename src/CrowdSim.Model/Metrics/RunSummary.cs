using System.Text.Json.Serialization;

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
    IReadOnlyDictionary<string, QueueDetail> ByQueue)
{
    /// <summary>The measurement window every figure above is over; left out of summary.json when the run measures its whole horizon.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SummaryWindow? Measure { get; init; }
}
