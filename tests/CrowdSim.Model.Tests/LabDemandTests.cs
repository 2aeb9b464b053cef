using CrowdSim.Model.Labs;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Tests;

public class LabDemandTests
{
    private static long CreatedOver(ScenarioSpec spec, LabDemand lab, int fromTick, int ticks, Func<LabTickOutput, long>? count = null)
    {
        long total = 0;
        for (var tick = fromTick; tick < fromTick + ticks; tick++)
        {
            var window = TickWindow.Of(spec, tick);
            var output = lab.Generate(tick, window.StartMs, window.EndMs);
            total += count?.Invoke(output) ?? output.Counters.Created;
        }
        return total;
    }

    [Fact]
    public void Generate_OverAWeek_CreatesAboutTheDailyRateTimesTheRhythm()
    {
        var spec = new ScenarioBuilder().Days(7).TasksPerDay(10_000).Build();
        var lab = new LabDemand(spec, 0);
        var ticksPerWeek = 7 * 96;
        var bbox = CreatedOver(spec, lab, 0, ticksPerWeek, o => o.ByVendor[0].Count);
        // Daily cosine averages to 1; weekend factor 0.6 on 2 of 7 days; plus Pareto bursts (2/week, min 100).
        var expectedSteady = 10_000 * ((5 + (2 * 0.6)) / 7.0) * 7;
        Assert.InRange(bbox, expectedSteady * 0.97, expectedSteady * 1.6);
    }

    [Fact]
    public void Generate_TasksCarryIncreasingTimesWithinTheTick_AndUniqueIds()
    {
        var spec = new ScenarioBuilder().Build();
        var lab = new LabDemand(spec, 0);
        var window = TickWindow.Of(spec, 60);
        var tasks = lab.Generate(60, window.StartMs, window.EndMs).ByVendor[0];
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.InRange(t.PostedMs, window.StartMs, window.EndMs - 1));
        Assert.Equal(tasks.Select(t => t.PostedMs).Order(), tasks.Select(t => t.PostedMs));
        Assert.Equal(tasks.Count, tasks.Select(t => t.Id).Distinct().Count());
        Assert.All(tasks, t => Assert.Equal(60, TaskIds.TickOf(t.Id)));
    }

    [Fact]
    public void Apply_AutomationShockOfEverything_StopsPosting()
    {
        var spec = new ScenarioBuilder().Build();
        var lab = new LabDemand(spec, 0);
        lab.Apply(new AutomationShock(0, "alpha", "bbox", 1.0, 0));
        var window = TickWindow.Of(spec, 56);
        var output = lab.Generate(56, window.StartMs, window.EndMs);
        Assert.Empty(output.ByVendor[0]);
        Assert.True(output.Counters.Automated > 0);
        Assert.Equal(output.Counters.Created, output.Counters.Automated + output.Counters.Posted);
    }

    [Fact]
    public void Apply_AutomationRamp_RaisesTheShareLinearly()
    {
        var spec = new ScenarioBuilder().Days(3).TasksPerDay(50_000).Build();
        var lab = new LabDemand(spec, 0);
        lab.Apply(new AutomationShock(0, "alpha", "bbox", 0.8, 2 * 24 * 60));
        // Day 2 (ticks 96-191) is the second half of the ramp: the share rises from 0.4 to 0.8, 0.6 on average.
        long created = 0, automated = 0;
        for (var tick = 96; tick < 192; tick++)
        {
            var window = TickWindow.Of(spec, tick);
            var output = lab.Generate(tick, window.StartMs, window.EndMs);
            created += output.Counters.Created;
            automated += output.Counters.Automated;
        }
        // Ratings (a tenth of steady demand) are never automated; bursts add bbox tasks, so allow for both.
        var share = automated / (double)created;
        Assert.InRange(share, 0.6 / 1.1 * 0.97, 0.6 * 1.03);
    }

    [Fact]
    public void Apply_SurgeBatch_PostsAllTasksAtTheEventTime()
    {
        var spec = new ScenarioBuilder().Build();
        var lab = new LabDemand(spec, 0);
        var at = (10 * 60) + 7; // 10:07
        lab.Apply(new TaskSurge(at, "alpha", "bbox", 1.0, 0, 500));
        var window = TickWindow.Of(spec, 40); // 10:00-10:15
        var tasks = lab.Generate(40, window.StartMs, window.EndMs).ByVendor[0];
        Assert.True(tasks.Count(t => t.PostedMs == at * SimTime.MsPerMinute) >= 500);
    }
}
