using System.Text.Json;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Testing;

/// <summary>
/// Running a <see cref="LocalSimulation"/> in the tests that compare runs (checkpoint and resume):
/// shared by every test project that needs it, so that they all compare the same things.
/// </summary>
public static class SimulationRuns
{
    /// <summary>Runs <paramref name="sim"/> up to (not including) tick <paramref name="until"/>; returns each tick's report as JSON.</summary>
    public static List<string> RunTo(LocalSimulation sim, int until)
    {
        var reports = new List<string>();
        while (sim.NextTick < until)
            reports.Add(JsonSerializer.Serialize(sim.Step()));
        return reports;
    }

    /// <summary>What a finished run produced, as text that is equal exactly when the results are.</summary>
    public static string Results(LocalSimulation sim) => JsonSerializer.Serialize(new
    {
        Workers = sim.WorkerRecords(),
        Waits = sim.WaitsByQueue().Select(p => p.Select(h => h.Counts)),
        sim.Totals,
    });
}
