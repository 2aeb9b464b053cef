using CrowdSim.Model.Market;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/CrowdSim.Benchmarks -- inputs</c>: the sizes of the
/// inputs the benchmarks measure (tasks, claims and outcomes in the busy tick, and the bytes RunTick and CollectClaims allocate there), so that costs can
/// be read per worker, per claim or per outcome.
/// </summary>
public static class InputsReport
{
    public static int Print()
    {
        Console.WriteLine($"busy tick {Baseline.BusyTick} (day 1, 14:00-14:15 UTC)");
        Console.WriteLine("workers  per-cohort  platform        backlog-before  in-session-before  posted  claims  taken  outcomes  RunTick-bytes");
        Describe(Baseline.Workers, Baseline.WorkersPerCohort);
        Describe(1_000, 1_000);
        Describe(10_000, 10_000);
        Console.WriteLine();
        Console.WriteLine("CollectClaims, one cohort holding every worker, busy tick: bytes allocated by the call");
        Console.WriteLine("workers  claims  fresh-lists  presized-lists");
        ClaimAllocations(1_000);
        ClaimAllocations(10_000);
        return 0;
    }

    // The claim lists a run hands to CollectClaims start empty and grow; presized lists show what
    // the cohort allocates itself.
    private static void ClaimAllocations(int workers)
    {
        var spec = Baseline.Load(workers);
        long Measure(int capacity, out int claims)
        {
            var sim = new LocalSimulation(spec, workers);
            Baseline.Advance(sim, Baseline.BusyTick);
            sim.StepUntil(TickPhase.CheckIns);
            var lists = sim.Platforms.Select(_ => new List<WorkerClaim>(capacity)).ToArray();
            var before = GC.GetAllocatedBytesForCurrentThread();
            sim.Cohorts[0].CollectClaims(sim.Window.Tick, sim.Window.EndMs, lists);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            claims = lists.Sum(l => l.Count);
            return allocated;
        }
        var fresh = Measure(0, out var claims);
        var presized = Measure(workers, out _);
        Console.WriteLine($"{workers,7}  {claims,6}  {fresh,11}  {presized,14}");
    }

    private static void Describe(int workers, int workersPerCohort)
    {
        var sim = new LocalSimulation(Baseline.Load(workers), workersPerCohort);
        Baseline.Advance(sim, Baseline.BusyTick);
        var inSession = sim.Platforms.Select(p => p.WorkersInSession).ToArray();
        sim.StepUntil(TickPhase.CheckIns);
        var backlog = sim.Platforms.Select(p => p.Queues.Sum(q => q.Count)).ToArray();
        var claims = sim.CheckIns([.. Enumerable.Range(0, sim.Cohorts.Count)]);
        for (var p = 0; p < sim.Platforms.Count; p++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var r = sim.Platforms[p].RunTick(sim.Window.StartMs, sim.Window.EndMs);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Console.WriteLine(
                $"{workers,7}  {workersPerCohort,10}  {sim.Spec.Platforms[p].Id,-14}  {backlog[p],14}  {inSession[p],17}  " +
                $"{r.Queues.Sum(q => q.Arrivals),6}  {claims[p].Count,6}  {r.Queues.Sum(q => q.Taken),5}  {Outcomes(r),8}  {allocated,13}");
        }
    }

    private static int Outcomes(PlatformTickResult r) => r.OutcomesByCohort.Sum(b => b.Outcomes.Length);
}
