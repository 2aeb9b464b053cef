namespace CrowdSim.Model.Scenario;

/// <summary>
/// A validated, immutable description of one simulated world: who is in it, how it behaves,
/// and what happens to it over time. Built from a scenario file by CrowdSim.Scenarios; every
/// list is in file order, and that order is part of the scenario's identity (indices are used
/// as entity ids).
/// </summary>
public sealed record ScenarioSpec(
    string Name,
    ulong Seed,
    int Days,
    int TickMinutes,
    IReadOnlyList<RegionSpec> Regions,
    IReadOnlyList<TaskTypeSpec> TaskTypes,
    IReadOnlyList<PlatformSpec> Platforms,
    IReadOnlyList<VendorSpec> Vendors,
    IReadOnlyList<LabSpec> Labs,
    IReadOnlyList<WorkerPoolSpec> WorkerPools,
    IReadOnlyList<ScenarioEvent> Events)
{
    /// <summary>The measurement window of the summary figures; null for the whole horizon.</summary>
    public MeasureWindow? Measure { get; init; }

    /// <summary>Total number of worker slots across all pools: initial workers and every recruit within the horizon.</summary>
    public int WorkerCount => Enumerable.Range(0, WorkerPools.Count).Sum(p => Workers.IntakeSchedule.Capacity(this, p));

    /// <summary>Number of ticks in the horizon.</summary>
    public int Ticks => Days * 24 * 60 / TickMinutes;

    public int RegionIndex(string id) => IndexOf(Regions, r => r.Id, id);
    public int TaskTypeIndex(string id) => IndexOf(TaskTypes, t => t.Id, id);
    public int PlatformIndex(string id) => IndexOf(Platforms, p => p.Id, id);
    public int VendorIndex(string id) => IndexOf(Vendors, v => v.Id, id);
    public int LabIndex(string id) => IndexOf(Labs, l => l.Id, id);

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, string> id, string wanted)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(id(items[i]), wanted, StringComparison.Ordinal))
                return i;
        }
        throw new KeyNotFoundException($"no entity with id '{wanted}'");
    }
}
