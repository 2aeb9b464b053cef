using BenchmarkDotNet.Attributes;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Workers;

namespace CrowdSim.Benchmarks;

/// <summary>
/// The metrics on a captured run: a week (672 ticks) of the baseline, 3,000 workers, simulated
/// once in the global setup. <see cref="RunTotalsAdd"/> adds one tick's report (cycling through
/// the week's reports) to a separate running total; <see cref="SummaryBuild"/> builds the run's
/// summary from the week's totals, worker records and wait histograms;
/// <see cref="ConservationViolations"/> checks the week's books.
/// </summary>
[MemoryDiagnoser]
public class MetricsBenchmarks
{
    private const int Days = 7;

    private ScenarioSpec _spec = null!;
    private TickReport[] _reports = [];
    private RunTotals _totals = null!;
    private RunTotals _running = null!;
    private WorkerRecord[] _workers = [];
    private WaitHistogram[][] _waits = [];
    private int _next;

    [GlobalSetup]
    public void CaptureRun()
    {
        _spec = Baseline.Load();
        var sim = new LocalSimulation(_spec, Baseline.WorkersPerCohort);
        _reports = Enumerable.Range(0, Days * Baseline.TicksPerDay).Select(_ => sim.Step()).ToArray();
        _totals = sim.Totals;
        _workers = sim.WorkerRecords();
        _waits = sim.WaitsByQueue();
        _running = new RunTotals(_spec);
    }

    [Benchmark]
    public int RunTotalsAdd()
    {
        _running.Add(_reports[_next]);
        _next = (_next + 1) % _reports.Length;
        return _running.Ticks;
    }

    [Benchmark]
    public RunSummary SummaryBuild() => SummaryBuilder.Build(_spec, _totals, _workers, _waits, "benchmark");

    [Benchmark]
    public int ConservationViolations() => Conservation.Violations(_totals).Count;
}
