using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Model.Tests;

public class LocalSimulationTests
{
    private static (RunTotals Totals, Workers.WorkerRecord[] Workers, TickReport[] Ticks) Run(ScenarioSpec spec, int workersPerCohort)
    {
        var sim = new LocalSimulation(spec, workersPerCohort);
        var ticks = new TickReport[spec.Ticks];
        for (var t = 0; t < spec.Ticks; t++)
        {
            ticks[t] = sim.Step();
            Assert.Empty(Conservation.Violations(sim.Totals));
        }
        return (sim.Totals, sim.WorkerRecords(), ticks);
    }

    [Fact]
    public void Step_BooksBalanceAtEveryTick_WithEventsOfEveryKind()
    {
        var spec = new ScenarioBuilder()
            .Event(new TaskSurge(6 * 60, "alpha", "bbox", 3.0, 12 * 60, 2000))
            .Event(new WageChange(12 * 60, "tasklane", null, "kenya", "bbox", 0.5, null))
            .Event(new WageChange(14 * 60, null, "market", null, null, 1.2, null))
            .Event(new AutomationShock(20 * 60, "alpha", "bbox", 0.5, 6 * 60))
            .ExpiryHours(2)
            .Build();
        var (totals, _, _) = Run(spec, 1000);
        Assert.True(totals.Queues.SelectMany(q => q).Sum(q => q.Expired) > 0, "the scenario should exercise expiry");
        Assert.True(totals.Queues.SelectMany(q => q).Sum(q => q.Rejected) > 0, "the scenario should exercise rejection");
        Assert.True(totals.Labs.Sum(l => l.Automated) > 0, "the scenario should exercise automation");
    }

    [Fact]
    public void Step_SameSeed_GivesIdenticalResults_WhateverTheCohortSize()
    {
        var spec = new ScenarioBuilder().Build();
        var reference = Run(spec, 1000);
        foreach (var size in new[] { 1, 7, 64 })
        {
            var other = Run(spec, size);
            Assert.Equal(reference.Workers, other.Workers);
            for (var t = 0; t < spec.Ticks; t++)
            {
                Assert.Equal(Flatten(reference.Ticks[t]), Flatten(other.Ticks[t]));
            }
        }
    }

    [Fact]
    public void Step_OtherSeed_GivesOtherResults()
    {
        var a = Run(new ScenarioBuilder().Seed(1).Build(), 1000);
        var b = Run(new ScenarioBuilder().Seed(2).Build(), 1000);
        Assert.NotEqual(a.Workers.Select(w => w.EarningsMicros), b.Workers.Select(w => w.EarningsMicros));
    }

    [Fact]
    public void Step_WhenPayIsCut_KenyanEarningsFall()
    {
        var baseline = Run(new ScenarioBuilder().Build(), 1000);
        var cut = Run(new ScenarioBuilder().Event(new WageChange(0, "tasklane", null, "kenya", null, 0.5, null)).Build(), 1000);
        static long KenyaEarnings((RunTotals Totals, Workers.WorkerRecord[] Workers, TickReport[] Ticks) run) => run.Totals.Regions[1].EarningsMicros;
        Assert.True(KenyaEarnings(cut) < KenyaEarnings(baseline) * 0.7, $"{KenyaEarnings(cut)} vs {KenyaEarnings(baseline)}");
    }

    private static string Flatten(TickReport tick) => System.Text.Json.JsonSerializer.Serialize(tick);
}
