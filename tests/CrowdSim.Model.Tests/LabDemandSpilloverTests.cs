using CrowdSim.Model.Labs;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Model.Tests;

public class LabDemandSpilloverTests
{
    // Bounding boxes (through the vendor) spill over onto the lab's rating line (on the open marketplace).
    private static ScenarioSpec WithSpillover(double tasksPerAutomated, double bboxAutomated, double ratingAutomated = 0.0, string target = "rating")
    {
        var spec = new ScenarioBuilder().Days(7).TasksPerDay(10_000).Build();
        var lab = spec.Labs[0];
        var bbox = lab.Demand[0] with { AutomatedShare = bboxAutomated, Spillover = new SpilloverSpec(target, tasksPerAutomated) };
        var rating = lab.Demand[1] with { AutomatedShare = ratingAutomated };
        return spec with { Labs = [lab with { Demand = [bbox, rating] }] };
    }

    private static List<LabTickOutput> Run(ScenarioSpec spec, int ticks)
    {
        var lab = new LabDemand(spec, 0);
        var outputs = new List<LabTickOutput>();
        for (var tick = 0; tick < ticks; tick++)
        {
            var window = TickWindow.Of(spec, tick);
            outputs.Add(lab.Generate(tick, window.StartMs, window.EndMs));
        }
        return outputs;
    }

    [Fact]
    public void Generate_FullAutomationAtATenth_CreatesATenthAsManyTasksOnTheTargetNextTick()
    {
        var outputs = Run(WithSpillover(0.1, 1.0), 7 * 96);

        Assert.Equal(0, outputs[0].Counters.SpilloverCreated);
        var automatedBeforeLast = outputs.Take(outputs.Count - 1).Sum(o => o.Counters.Automated);
        var spilled = outputs.Skip(1).Sum(o => o.Counters.SpilloverCreated);
        Assert.True(automatedBeforeLast > 50_000);
        Assert.InRange(spilled, 0.1 * automatedBeforeLast * 0.96, 0.1 * automatedBeforeLast * 1.04);
    }

    [Fact]
    public void Generate_SpilloverTasks_ArePostedOnTheTargetLineWithinTheirTick()
    {
        var spec = WithSpillover(0.1, 1.0);
        var baseline = Run(WithSpillover(0.0, 1.0), 96);
        var outputs = Run(spec, 96);

        for (var tick = 0; tick < outputs.Count; tick++)
        {
            var window = TickWindow.Of(spec, tick);
            var output = outputs[tick];
            Assert.Empty(output.ByVendor[0]);
            Assert.All(output.ByPlatform[0], t => Assert.InRange(t.PostedMs, window.StartMs, window.EndMs - 1));
            // Nothing on the rating line is automated: everything spilled over is posted there, on top of the usual demand.
            Assert.True(output.ByPlatform[0].Count >= output.Counters.SpilloverCreated);
            Assert.Equal(output.Counters.Created, output.Counters.Automated + output.Counters.Posted);
        }
        var extra = outputs.Sum(o => o.ByPlatform[0].Count) - baseline.Sum(o => o.ByPlatform[0].Count);
        Assert.True(extra > 0);
        Assert.Equal(outputs.Sum(o => o.Counters.SpilloverCreated), extra);
    }

    [Fact]
    public void Generate_SpilloverTasks_AreAutomatedAtTheTargetLinesShare()
    {
        var outputs = Run(WithSpillover(0.1, 1.0, ratingAutomated: 1.0), 96);

        Assert.True(outputs.Sum(o => o.Counters.SpilloverCreated) > 0);
        Assert.All(outputs, o => Assert.Empty(o.ByPlatform[0]));
        Assert.All(outputs, o => Assert.Equal(o.Counters.Created, o.Counters.Automated));
    }

    [Fact]
    public void Generate_WithoutAutomation_NothingSpillsOver()
    {
        var outputs = Run(WithSpillover(0.5, 0.0), 96);

        Assert.All(outputs, o => Assert.Equal(0, o.Counters.SpilloverCreated));
    }

    [Fact]
    public void Generate_AfterASkippedTick_DropsTheSpillover()
    {
        var spec = WithSpillover(0.5, 1.0);
        var lab = new LabDemand(spec, 0);
        var window = TickWindow.Of(spec, 40);
        Assert.True(lab.Generate(40, window.StartMs, window.EndMs).Counters.Automated > 0);

        var later = TickWindow.Of(spec, 42);
        Assert.Equal(0, lab.Generate(42, later.StartMs, later.EndMs).Counters.SpilloverCreated);
    }

    [Fact]
    public void Constructor_SpilloverToATypeTheLabDoesNotPost_Throws()
    {
        var spec = WithSpillover(0.1, 1.0, target: "segmentation");

        Assert.Throws<ArgumentException>(() => new LabDemand(spec, 0));
    }

    [Fact]
    public void LabCounters_Add_SumsSpilloverCreated()
    {
        var total = new LabCounters { SpilloverCreated = 3, Created = 10 };
        total.Add(new LabCounters { SpilloverCreated = 4, Created = 5 });

        Assert.Equal(7, total.SpilloverCreated);
        Assert.Equal(15, total.Created);
    }
}
