using System.Collections;
using System.Reflection;
using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Tests.Checkpoints;

/// <summary>
/// Which kinds of state a simulation holds at a tick barrier (read from private fields), so that a
/// test can check that its checkpoints are taken where that state is in play, and so exercised.
/// </summary>
internal static class StateCensus
{
    /// <summary>The names of the kinds of state present in <paramref name="sim"/> now.</summary>
    public static HashSet<string> Of(LocalSimulation sim)
    {
        var found = new HashSet<string>();
        foreach (var market in sim.Platforms)
            Market(market, found);
        foreach (var cohort in sim.Cohorts)
            Cohort(cohort, found);
        foreach (var lab in Field<LabDemand[]>(sim, "_labs"))
            Lab(lab, found);
        return found;
    }

    private static void Market(PlatformMarket market, HashSet<string> found)
    {
        var sessions = Field<WorkerSession?[]>(market, "_sessions").OfType<WorkerSession>().ToArray();
        foreach (var activity in sessions.Select(s => s.Activity).Distinct())
            found.Add($"session {activity}");
        Add(found, "round-the-clock session", sessions.Any(s => s.Claim.RoundTheClock));
        Add(found, "salaried worker waiting", Field<ICollection>(market, "_waiting").Count > 0);
        Add(found, "stale market event", Field<PriorityQueue<int, (long, int, int)>>(market, "_due").Count > sessions.Length);
        Add(found, "returned task waiting", market.Queues.Any(q => Field<Dictionary<long, long>>(q, "_returnedMs").Count > 0));
        Add(found, "queue across chunks from a head part-way in", market.Queues.Any(q =>
        {
            var chunks = Field<TaskChunks>(q, "_items");
            var head = Field<int>(chunks, "_head");
            return head > 0 && head + q.Count > TaskChunks.ChunkSize;
        }));
        Add(found, "vendor rates set", Field<long[]?[]>(market.Pay, "_vendorRates").Any(r => r is not null));
        Add(found, "wage multiplier", Field<double[]>(market.Pay, "_multiplier").Any(m => m != 1.0));
        Add(found, "wage override", Field<long[]>(market.Pay, "_override").Any(o => o >= 0));
        Add(found, "pay floor", Field<double?[]>(market.Policies, "_payFloorByRegion").Any(f => f is not null));
        Add(found, "session cap", market.Policies.MaxContinuousMs is not null);
        Add(found, "fee cap", market.Policies.FeeCap is not null);
        Add(found, "paid training", market.Policies.PaidTrainingUsdPerHour is not null);
    }

    private static void Cohort(WorkerCohort cohort, HashSet<string> found)
    {
        var scheduled = Field<long[]>(cohort, "_scheduledMs").Count(ms => ms != long.MaxValue);
        Add(found, "superseded wake-up", Field<PriorityQueue<int, (long, int)>>(cohort, "_wakeUps").Count > scheduled);
        Add(found, "notified check pending", Field<PendingCheck?[]>(cohort, "_pendingCheck").Any(p => p is not null));
        Add(found, "notifications switched", Field<bool[]>(cohort, "_notifying").Any(n => n));
        Add(found, "reservation wage adapted", cohort.Records().Any(r => r.FinalReservationUsdPerHour != r.ReservationUsdPerHour));
        Add(found, "deactivated", Field<int[]>(cohort, "_deactivated").Any(d => d != 0));
        Add(found, "course failed", Field<ulong[]>(cohort, "_failedCourses").Any(d => d != 0));
        var statuses = Field<WorkerStatus[]>(cohort, "_status");
        foreach (var status in statuses.Distinct())
            found.Add($"worker {status}");
    }

    private static void Lab(LabDemand lab, HashSet<string> found)
    {
        var lines = Field<DemandLine[]>(lab, "_lines");
        Add(found, "surge in force", lines.Any(l => l.Surges.Count > 0));
        Add(found, "automation shocked", lines.Any(l => l.AutomationRampMs > 0));
        Add(found, "spill-over due", Field<double[]>(lab, "_spilloverMeans").Any(m => m > 0));
    }

    private static void Add(HashSet<string> found, string name, bool present)
    {
        if (present)
            found.Add(name);
    }

    private static T Field<T>(object owner, string name) =>
        (T)(owner.GetType().GetField(name, BindingFlags.Instance | BindingFlags.NonPublic)
            ?? throw new MissingFieldException(owner.GetType().Name, name)).GetValue(owner)!;
}
