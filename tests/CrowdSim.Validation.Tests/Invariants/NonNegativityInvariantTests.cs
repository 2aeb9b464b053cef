using System.Collections.Concurrent;
using System.Reflection;
using CrowdSim.Model.Workers;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>
/// Nothing that counts tasks, time or money goes negative: every queue counter (backlog, in
/// service, arrivals, waits…), lab count and region count at every tick; escrow held; what came in
/// and what was paid out; each lab's net spend; every worker's hours, earnings and counts. Flows
/// that may rightly be negative are left out: a vendor's margin (pay above its contract price),
/// a refund to a lab (a pay floor or wage rise makes a direct poster top up) and a platform's fees
/// net of the training it paid for (its gross fees must not be negative).
/// </summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class NonNegativityInvariantTests
{
    private const int Cases = 100;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> CountPropertiesByType = new();

    [Fact]
    public void QueuesCountsAndMoneyFlows_AreNeverNegative() => GeneratedCases.Check(Cases, stream: 31, (spec, label) =>
    {
        var netSpendByLab = new long[spec.Labs.Count];
        InvariantRun.Run(spec, (sim, tick) =>
        {
            for (var p = 0; p < tick.Queues.Count; p++)
            {
                for (var q = 0; q < tick.Queues[p].Count; q++)
                {
                    if (FirstNegative(tick.Queues[p][q]) is { } bad)
                        Assert.Fail($"{label}, tick {tick.Tick}, platform {p}, queue {q}: {bad}");
                }
                var m = tick.Platforms[p];
                (string Flow, long Value)[] flows =
                [
                    ("escrow paid in", m.EscrowIn), ("escrow held", m.EscrowHeldEnd), ("pay to workers", m.WorkerPay),
                    ("training pay", m.TrainingPay), ("gross fees", m.Fees + m.TrainingPay),
                ];
                foreach (var (flow, value) in flows.Where(f => f.Value < 0))
                    Assert.Fail($"{label}, tick {tick.Tick}, platform {p}: {flow} is {value} µ$");
                for (var l = 0; l < netSpendByLab.Length; l++)
                    netSpendByLab[l] -= m.RefundsByLab[l];
            }
            for (var l = 0; l < tick.Labs.Count; l++)
            {
                if (FirstNegative(tick.Labs[l]) is { } bad)
                    Assert.Fail($"{label}, tick {tick.Tick}, lab {l}: {bad}");
                netSpendByLab[l] += tick.Labs[l].EscrowPaid;
                if (netSpendByLab[l] < 0)
                    Assert.Fail($"{label}, tick {tick.Tick}, lab {l}: got back {-netSpendByLab[l]} µ$ more than it paid into escrow");
            }
            for (var r = 0; r < tick.Regions.Count; r++)
            {
                if (FirstNegative(tick.Regions[r]) is { } bad)
                    Assert.Fail($"{label}, tick {tick.Tick}, region {spec.Regions[r].Id}: {bad}");
            }
            if (tick.WorkersInSession < 0 || sim.Totals.Owed < 0)
                Assert.Fail($"{label}, tick {tick.Tick}: {tick.WorkersInSession} workers in session, {sim.Totals.Owed} µ$ owed");
        });
    });

    [Fact]
    public void WorkerRecords_HaveNoNegativeHoursEarningsOrCounts() => GeneratedCases.Check(Cases, stream: 32, (spec, label) =>
    {
        var sim = InvariantRun.Run(spec, (_, _) => { });
        foreach (var w in sim.WorkerRecords())
        {
            var who = $"{label}: worker {w.WorkerId} (pool {spec.WorkerPools[w.Pool].Id}, {w.Status})";
            Assert.True(FirstNegative(w) is null, $"{who}: {FirstNegative(w)}");
            Assert.True(w.NightChecks <= w.Checks, $"{who}: {w.NightChecks} night checks of {w.Checks} checks");
            Assert.True(w.NightMs <= w.TotalMs, $"{who}: {w.NightMs} ms at night of {w.TotalMs} ms given");
            Assert.True(w.LeftMs >= -1, $"{who}: left at {w.LeftMs} ms");
        }
    });

    /// <summary>The first whole-number property of <paramref name="counts"/> (a count, milliseconds, micro-dollars) below 0, as "name is value"; null if none.</summary>
    private static string? FirstNegative(object counts)
    {
        foreach (var property in CountProperties(counts.GetType()))
        {
            var value = Convert.ToInt64(property.GetValue(counts), System.Globalization.CultureInfo.InvariantCulture);
            if (value < 0)
                return $"{property.Name} is {value}";
        }
        return null;
    }

    // LeftMs is -1 for a worker who never left, checked on its own.
    private static PropertyInfo[] CountProperties(Type type) => CountPropertiesByType.GetOrAdd(type, t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(long) || p.PropertyType == typeof(int))
            .Where(p => p.GetIndexParameters().Length == 0)
            .Where(p => !(t == typeof(WorkerRecord) && p.Name == nameof(WorkerRecord.LeftMs)))]);
}
