using CrowdSim.Model.Simulation;

namespace CrowdSim.Model.Tests;

public class LocalSimulationTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void Smoke_PrintsSummary()
    {
        var spec = new ScenarioBuilder().Build();
        var sim = new LocalSimulation(spec, 1000);
        for (var t = 0; t < spec.Ticks; t++)
            sim.Step();
        var summary = CrowdSim.Model.Metrics.SummaryBuilder.Build(spec, sim.Totals, sim.WorkerRecords(), sim.WaitsByPlatform(), "");
        var json = System.Text.Json.JsonSerializer.Serialize(summary, Indented);
        File.WriteAllText("/tmp/smoke.json", json);
        Assert.True(summary.Tasks.Created > 0);
    }
}
