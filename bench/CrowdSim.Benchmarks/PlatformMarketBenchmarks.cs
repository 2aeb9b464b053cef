using BenchmarkDotNet.Attributes;
using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Benchmarks;

/// <summary>
/// One platform clearing the busy tick <see cref="Baseline.BusyTick"/> of the baseline (3,000
/// workers, cohorts of 1,000): RunTick sorts the tick's posted tasks and check-ins, runs the
/// tick's discrete-event simulation (arrivals, sessions, task completions, reviews, payments,
/// expiries) and closes the tick (per-queue counters, outcomes grouped by cohort). RunTick changes
/// the market, so each iteration builds <see cref="Copies.PerIteration"/> identical markets by
/// simulating up to that tick and handing it the tick's tasks and claims (not measured), then
/// measures one call on each (Mean is per call).
/// </summary>
[MemoryDiagnoser]
public class PlatformMarketBenchmarks
{
    private (LocalSimulation Sim, PlatformMarket Market)[] _markets = [];
    private ScenarioSpec _spec = null!;

    [Params("open-market", "managed-crowd")]
    public string Platform { get; set; } = "";

    [GlobalSetup]
    public void LoadScenario() => _spec = Baseline.Load();

    [IterationSetup]
    public void BeforeClearing() => _markets = Copies.Build(() =>
    {
        var sim = new LocalSimulation(_spec, Baseline.WorkersPerCohort);
        Baseline.Advance(sim, Baseline.BusyTick);
        sim.StepUntil(TickPhase.Clearing);
        return (sim, sim.Platforms[sim.Spec.PlatformIndex(Platform)]);
    });

    /// <summary>Clears one tick on one platform; returns the number of cohort batches of outcomes.</summary>
    [Benchmark(OperationsPerInvoke = Copies.PerIteration)]
    public int RunTick()
    {
        var batches = 0;
        foreach (var (sim, market) in _markets)
            batches += market.RunTick(sim.Window.StartMs, sim.Window.EndMs).OutcomesByCohort.Count;
        return batches;
    }
}
