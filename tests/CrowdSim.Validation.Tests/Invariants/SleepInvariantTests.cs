using CrowdSim.Model.Market;
using CrowdSim.Model.Workers;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>
/// Nobody works while asleep unless the scenario says they do. docs/MODEL.md: a crowd worker who is
/// not a night checker checks for work only while awake (a check that would fall in their sleep moves
/// to soon after they wake), and a session they open while awake "ends at the latest when their
/// sleep begins". Ending a session means taking no new work: a task in hand is finished (as under
/// the cap on continuous hours), so work that runs past bedtime is allowed; taking a task while
/// asleep is not. Night checkers wake to check and may work on; salaried workers work their shift
/// whenever it is.
/// </summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class SleepInvariantTests
{
    private const int Cases = 100;

    [Fact]
    public void CrowdWorkersWhoAreNotNightCheckers_NeverTakeWorkWhileAsleep() => GeneratedCases.Check(Cases, stream: 21, (spec, label) =>
    {
        var pools = WorkerProfiles.PoolStarts(spec);
        InvariantRun.Run(spec, recordTaskEvents: true, observe: (sim, tick) =>
        {
            foreach (var e in tick.TaskEvents)
            {
                if (e.Kind != TaskEventKind.Taken)
                    continue;
                var pool = PoolOf(pools, e.WorkerId);
                var sleep = sim.CohortOf(e.WorkerId).SleepOf(e.WorkerId);
                if (spec.WorkerPools[pool].Employment is not null || sleep.NightChecker)
                    continue;
                Assert.False(
                    Asleep(e.AtMs, sleep.UtcOffsetMinutes, sleep.SleepStartMinute, sleep.SleepEndMinute),
                    $"{label}, tick {tick.Tick}: worker {e.WorkerId} (pool {spec.WorkerPools[pool].Id}, not a night checker) took task {e.TaskId} "
                    + $"at {Clock(e.AtMs, sleep.UtcOffsetMinutes)} local time, asleep {Minutes(sleep.SleepStartMinute)}-{Minutes(sleep.SleepEndMinute)}");
            }
        });
    });

    [Fact]
    public void WorkersWhoAreNotNightCheckers_NeverWakeToCheck() => GeneratedCases.Check(Cases, stream: 22, (spec, label) =>
    {
        var sim = InvariantRun.Run(spec, (_, _) => { });
        foreach (var w in sim.WorkerRecords().Where(w => !w.NightChecker))
        {
            Assert.True(
                w.NightChecks == 0,
                $"{label}: worker {w.WorkerId} (pool {spec.WorkerPools[w.Pool].Id}, not a night checker) checked for work {w.NightChecks} times while asleep");
        }
    });

    /// <summary>Whether simulated time <paramref name="ms"/> falls in a daily local window [start, end) that may wrap past midnight.</summary>
    internal static bool Asleep(long ms, int utcOffsetMinutes, int startMinute, int endMinute)
    {
        var minute = LocalMinute(ms, utcOffsetMinutes);
        return startMinute <= endMinute
            ? minute >= startMinute && minute < endMinute
            : minute >= startMinute || minute < endMinute;
    }

    private static int LocalMinute(long ms, int utcOffsetMinutes)
    {
        var minutes = Math.Floor(ms / 60_000.0) + utcOffsetMinutes;
        return (int)(((minutes % 1440) + 1440) % 1440);
    }

    private static int PoolOf(int[] poolStarts, int workerId)
    {
        var pool = 0;
        while (pool + 1 < poolStarts.Length && workerId >= poolStarts[pool + 1])
            pool++;
        return pool;
    }

    private static string Clock(long ms, int utcOffsetMinutes) =>
        $"day {Math.Floor((ms + (utcOffsetMinutes * 60_000.0)) / 86_400_000) + 1} {Minutes(LocalMinute(ms, utcOffsetMinutes))} (t = {ms} ms)";

    private static string Minutes(int minuteOfDay) => $"{minuteOfDay / 60:D2}:{minuteOfDay % 60:D2}";
}
