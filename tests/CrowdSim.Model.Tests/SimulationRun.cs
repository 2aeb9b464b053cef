using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Model.Tests;

/// <summary>Runs a scenario to its horizon on the single-threaded simulation and builds its summary, checking the books at every tick.</summary>
internal static class SimulationRun
{
    public static (RunSummary Summary, RunTotals Totals, Workers.WorkerRecord[] Workers) Of(ScenarioSpec spec, int workersPerCohort = 1000)
    {
        var sim = new LocalSimulation(spec, workersPerCohort);
        for (var t = 0; t < spec.Ticks; t++)
        {
            sim.Step();
            var broken = Conservation.Violations(sim.Totals);
            Assert.True(broken.Count == 0, string.Join("; ", broken));
        }
        var workers = sim.WorkerRecords();
        return (SummaryBuilder.Build(spec, sim.Totals, workers, sim.WaitsByQueue(), ""), sim.Totals, workers);
    }

    /// <summary>The scenario with one more event.</summary>
    public static ScenarioSpec With(this ScenarioSpec spec, ScenarioEvent e) => spec with { Events = [.. spec.Events, e] };

    /// <summary>A policy switched on at the start, on all platforms.</summary>
    public static PolicyChange Policy(PolicyKind kind, double? usdPerHour = null, double? hours = null, double? share = null, string? region = null) =>
        new(0, kind, null, region, usdPerHour, hours, share, true);
}
