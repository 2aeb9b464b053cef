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

    /// <summary>
    /// Steps of many ticks overlap the rounds (a cohort closes a tick and checks in for the next in one
    /// turn; labs post the next tick's demand with the clearing): the same reports and worker records as
    /// running one tick at a time, with events, push alerts and pricing reviews in the run.
    /// </summary>
    [Theory]
    [InlineData(7)]
    [InlineData(96)]
    public void Run_InStepsOfManyTicks_ReportsExactlyWhatStepReports(int ticksPerStep)
    {
        var built = new ScenarioBuilder()
            .Event(new TaskSurge(6 * 60, "alpha", "bbox", 3.0, 12 * 60, 2000))
            .Event(new WageChange(12 * 60, "tasklane", null, "kenya", "bbox", 0.5, null))
            .Event(new AutomationShock(20 * 60, "alpha", "bbox", 0.5, 6 * 60))
            .Build();
        var spec = built with
        {
            Platforms = [.. built.Platforms.Select(p => p with { Notifications = true, Push = new PushSpec(Seen: 0.8) })],
            Vendors = [.. built.Vendors.Select(v => v with { Pricing = PricingSpec.Default with { ReviewEveryMinutes = 5 * 60, MaxStep = 0.3 } })],
        };
        var (_, workers, ticks) = Run(spec, 7);

        var sim = new LocalSimulation(spec, 7);
        var inSteps = new List<TickReport>();
        while (sim.NextTick < spec.Ticks)
            inSteps.AddRange(sim.Run(ticksPerStep));

        Assert.Equal(ticks.Length, inSteps.Count);
        for (var t = 0; t < ticks.Length; t++)
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(ticks[t]), System.Text.Json.JsonSerializer.Serialize(inSteps[t]));
        Assert.Equal(workers, sim.WorkerRecords());
        Assert.True(ticks.Sum(r => r.Regions.Sum(g => g.Checks)) > 0, "the scenario should exercise checks");
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
