using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>Runs a scenario tick by tick on the single-threaded simulation, letting a test look at every tick.</summary>
internal static class InvariantRun
{
    /// <summary>Workers per cohort unless a test says otherwise: several cohorts per pool, so outcomes cross cohorts.</summary>
    public const int WorkersPerCohort = 50;

    /// <summary>Runs <paramref name="spec"/> to its horizon, calling <paramref name="observe"/> after every tick; returns the finished simulation.</summary>
    public static LocalSimulation Run(
        ScenarioSpec spec,
        Action<LocalSimulation, TickReport> observe,
        bool recordTaskEvents = false,
        int workersPerCohort = WorkersPerCohort)
    {
        var sim = new LocalSimulation(spec, workersPerCohort, recordTaskEvents);
        for (var t = 0; t < spec.Ticks; t++)
            observe(sim, sim.Step());
        return sim;
    }
}
