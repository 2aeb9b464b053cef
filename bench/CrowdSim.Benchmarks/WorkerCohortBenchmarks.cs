using BenchmarkDotNet.Attributes;
using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Benchmarks;

/// <summary>
/// A cohort of <see cref="Workers"/> workers (one cohort holding the whole baseline, scaled by
/// <see cref="Baseline.Load"/>) in the busy tick <see cref="Baseline.BusyTick"/>. Both calls
/// change the cohort, so each iteration builds <see cref="Copies.PerIteration"/> identical
/// markets by simulating up to that tick (not measured) and measures one call on each (Mean is
/// per call). <see cref="CollectClaims"/> is the cohort's work in the tick's Check-ins phase: every due
/// check, shift and weekly review, the claims going into fresh lists as in a run. <see cref="Apply"/> applies every
/// outcome the two platforms reported for the cohort after clearing that tick.
/// </summary>
[MemoryDiagnoser]
public class WorkerCohortBenchmarks
{
    private (LocalSimulation Sim, List<WorkerClaim>[] Claims)[] _beforeCheckIns = [];
    private (LocalSimulation Sim, PlatformTickResult[] Results)[] _beforeOutcomes = [];

    private ScenarioSpec _spec = null!;

    [Params(1_000, 10_000)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void LoadScenario() => _spec = Baseline.Load(Workers);

    [IterationSetup(Target = nameof(CollectClaims))]
    public void BeforeCheckIns() => _beforeCheckIns = Copies.Build(() =>
    {
        var sim = MarketAt();
        sim.StepUntil(TickPhase.CheckIns);
        return (sim, sim.NewClaimLists());
    });

    [IterationSetup(Target = nameof(Apply))]
    public void BeforeOutcomes() => _beforeOutcomes = Copies.Build(() =>
    {
        var sim = MarketAt();
        sim.StepUntil(TickPhase.Clearing);
        return (sim, sim.Platforms.Select(p => p.RunTick(sim.Window.StartMs, sim.Window.EndMs)).ToArray());
    });

    /// <summary>The Check-ins phase of one tick for the whole cohort; returns the number of claims made.</summary>
    [Benchmark(OperationsPerInvoke = Copies.PerIteration)]
    public int CollectClaims()
    {
        var claims = 0;
        foreach (var (sim, lists) in _beforeCheckIns)
        {
            sim.Cohorts[0].CollectClaims(sim.Window.Tick, sim.Window.EndMs, lists);
            claims += lists[0].Count + lists[1].Count;
        }
        return claims;
    }

    /// <summary>Every outcome of one tick, both platforms, applied to the cohort; returns the number applied.</summary>
    [Benchmark(OperationsPerInvoke = Copies.PerIteration)]
    public int Apply()
    {
        var applied = 0;
        foreach (var (sim, results) in _beforeOutcomes)
        {
            var cohort = sim.Cohorts[0];
            foreach (var result in results)
            {
                var batches = result.OutcomesByCohort;
                for (var b = 0; b < batches.Count; b++)
                {
                    cohort.Apply(batches[b].Outcomes, sim.Window.Tick, sim.Window.EndMs);
                    applied += batches[b].Outcomes.Length;
                }
            }
        }
        return applied;
    }

    private LocalSimulation MarketAt()
    {
        var sim = new LocalSimulation(_spec, workersPerCohort: Workers);
        Baseline.Advance(sim, Baseline.BusyTick);
        return sim;
    }
}
