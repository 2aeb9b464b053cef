using CrowdSim.Model.Labs;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Model.Tests;

public class LabDemandDeterminismTests
{
    // Every feature at once: requesters, spill-over, launches, a surge with a batch, an automation ramp.
    private static ScenarioSpec Everything(ulong seed)
    {
        var spec = new ScenarioBuilder().Days(2).Seed(seed).TasksPerDay(5000).Build();
        var lab = spec.Labs[0];
        var bbox = lab.Demand[0] with { Spillover = new SpilloverSpec("rating", 0.2) };
        var rating = lab.Demand[1] with { BurstsPerWeek = 7, BurstMinTasks = 50, Requesters = new RequestersSpec(30, 6.0, 0.8, 1.0, -0.5) };
        return spec with { Labs = [lab with { Demand = [bbox, rating] }] };
    }

    private static List<LabTickOutput> Run(ScenarioSpec spec)
    {
        var lab = new LabDemand(spec, 0);
        lab.Apply(new AutomationShock(0, "alpha", "bbox", 0.7, 24 * 60));
        lab.Apply(new TaskSurge(0, "alpha", "rating", 3.0, 6 * 60, 0));
        lab.Apply(new TaskSurge(9 * 60, "alpha", "rating", 1.0, 0, 400));
        var outputs = new List<LabTickOutput>();
        for (var tick = 0; tick < spec.Ticks; tick++)
        {
            var window = TickWindow.Of(spec, tick);
            outputs.Add(lab.Generate(tick, window.StartMs, window.EndMs));
        }
        return outputs;
    }

    private static string Fingerprint(LabTickOutput o) =>
        $"{o.Counters.Created}/{o.Counters.SpilloverCreated}/{o.Counters.Automated}/{o.Counters.Posted}/{o.Counters.EscrowPaid}";

    [Fact]
    public void Generate_TwoInstancesWithTheSameSeed_ProduceIdenticalOutputs()
    {
        var spec = Everything(7);
        var first = Run(spec);
        var again = Run(spec);

        Assert.True(first.Sum(o => o.Counters.SpilloverCreated) > 0);
        Assert.Contains(first, o => o.Projects.Count > 0);
        for (var tick = 0; tick < first.Count; tick++)
        {
            Assert.Equal(first[tick].ByVendor[0], again[tick].ByVendor[0]);
            Assert.Equal(first[tick].ByPlatform[0], again[tick].ByPlatform[0]);
            Assert.Equal(first[tick].ByPlatform[1], again[tick].ByPlatform[1]);
            Assert.Equal(first[tick].Projects, again[tick].Projects);
            Assert.Equal(Fingerprint(first[tick]), Fingerprint(again[tick]));
        }
    }

    [Fact]
    public void Generate_AnotherSeed_ProducesDifferentOutputs()
    {
        var first = Run(Everything(7));
        var other = Run(Everything(8));

        Assert.NotEqual(first.Select(Fingerprint), other.Select(Fingerprint));
    }

    [Fact]
    public void Generate_Counters_AddUpEveryTick()
    {
        foreach (var output in Run(Everything(7)))
        {
            var posted = output.ByVendor.Sum(v => v.Count) + output.ByPlatform.Sum(p => p.Count);
            Assert.Equal(output.Counters.Posted, posted);
            Assert.Equal(output.Counters.Created, output.Counters.Automated + output.Counters.Posted);
            Assert.Equal(output.Counters.EscrowPaid, output.ByVendor.Concat(output.ByPlatform).SelectMany(l => l).Sum(t => t.EscrowMicros));
            Assert.True(output.Counters.SpilloverCreated <= output.Counters.Created);
        }
    }
}
