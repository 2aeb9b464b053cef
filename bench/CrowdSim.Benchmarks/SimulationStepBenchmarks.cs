using BenchmarkDotNet.Attributes;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Benchmarks;

/// <summary>
/// A whole tick of the baseline (3,000 workers, cohorts of 1,000) on one thread:
/// <see cref="LocalSimulation.Step"/>, every phase. Each iteration starts a fresh simulation and
/// runs day 0 (not measured), then measures the 96 ticks of day 1, so the mean is the cost of
/// one tick averaged over a whole day's rhythm (ticks per second = 1 s / mean; worker-ticks per
/// second = 3,000 × that).
/// </summary>
[MemoryDiagnoser]
public class SimulationStepBenchmarks
{
    private ScenarioSpec _spec = null!;
    private LocalSimulation _sim = null!;

    [GlobalSetup]
    public void LoadScenario() => _spec = Baseline.Load();

    [IterationSetup]
    public void RunFirstDay()
    {
        _sim = new LocalSimulation(_spec, Baseline.WorkersPerCohort);
        for (var t = 0; t < Baseline.TicksPerDay; t++)
            _sim.Step();
    }

    [Benchmark(OperationsPerInvoke = Baseline.TicksPerDay)]
    public int Step()
    {
        for (var t = 0; t < Baseline.TicksPerDay; t++)
            _sim.Step();
        return _sim.NextTick;
    }
}
