using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Testing;

namespace CrowdSim.Model.Tests.Checkpoints;

/// <summary>Saving, restoring and running simulations for the checkpoint tests.</summary>
internal static class Checkpointing
{
    /// <summary>Several cohorts per pool, so that outcomes cross cohorts.</summary>
    public const int WorkersPerCohort = 7;

    public static LocalSimulation New(ScenarioSpec spec, int workersPerCohort = WorkersPerCohort) =>
        new(spec, workersPerCohort, recordTaskEvents: true);

    public static byte[] Save(LocalSimulation sim) => StateWriter.ToBytes(sim.Save);

    /// <summary>A new simulation of <paramref name="spec"/> restored from <paramref name="state"/>.</summary>
    public static LocalSimulation Resume(ScenarioSpec spec, byte[] state, int workersPerCohort = WorkersPerCohort)
    {
        var sim = New(spec, workersPerCohort);
        StateReader.FromBytes(state, sim.Restore);
        return sim;
    }

    /// <inheritdoc cref="SimulationRuns.RunTo"/>
    public static List<string> RunTo(LocalSimulation sim, int until) => SimulationRuns.RunTo(sim, until);

    /// <inheritdoc cref="SimulationRuns.Results"/>
    public static string Results(LocalSimulation sim) => SimulationRuns.Results(sim);
}
