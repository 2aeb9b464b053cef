using CrowdSim.Model.Labs;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Tests;

public class LabDemandProjectTests
{
    private static List<ProjectLaunch> ProjectsOver(ScenarioSpec spec, int ticks, Action<LabDemand>? setup = null)
    {
        var lab = new LabDemand(spec, 0);
        setup?.Invoke(lab);
        var projects = new List<ProjectLaunch>();
        for (var tick = 0; tick < ticks; tick++)
        {
            var window = TickWindow.Of(spec, tick);
            projects.AddRange(lab.Generate(tick, window.StartMs, window.EndMs).Projects);
        }
        return projects;
    }

    [Fact]
    public void Generate_ParetoLaunches_AreProjectsWithTheirBatches()
    {
        var spec = new ScenarioBuilder().Days(7).Build();
        var lab = new LabDemand(spec, 0);
        var launches = new List<ProjectLaunch>();
        for (var tick = 0; tick < 7 * 96; tick++)
        {
            var window = TickWindow.Of(spec, tick);
            var output = lab.Generate(tick, window.StartMs, window.EndMs);
            foreach (var project in output.Projects)
            {
                Assert.InRange(project.AtMs, window.StartMs, window.EndMs - 1);
                Assert.True(output.ByVendor[0].Count(t => t.PostedMs == project.AtMs) >= project.Tasks);
                launches.Add(project);
            }
        }

        // The builder's bbox line launches 2 projects a week of at least 100 tasks; ratings launch none.
        Assert.InRange(launches.Count, 1, 8);
        Assert.All(launches, p =>
        {
            Assert.Equal(ProjectLaunch.LaunchKind, p.Kind);
            Assert.Equal(0, p.Lab);
            Assert.Equal(0, p.TaskType);
            Assert.True(p.Tasks >= 100);
            Assert.InRange(p.NameSeed, 0, int.MaxValue);
        });
    }

    [Fact]
    public void Apply_SurgeBatch_IsAProject()
    {
        var spec = new ScenarioBuilder().Build();
        var at = (10 * 60) + 7;
        var projects = ProjectsOver(spec, 44, lab => lab.Apply(new TaskSurge(at, "alpha", "bbox", 1.0, 0, 500)));

        var batch = Assert.Single(projects, p => p.Kind == ProjectLaunch.BatchKind);
        Assert.Equal(500, batch.Tasks);
        Assert.Equal(at * SimTime.MsPerMinute, batch.AtMs);
        Assert.Equal(0, batch.TaskType);
        Assert.InRange(batch.NameSeed, 0, int.MaxValue);
    }

    [Fact]
    public void Generate_TwoLabsWithTheSameSeed_DrawTheSameNameSeeds_AndAnotherSeedDoesNot()
    {
        var spec = new ScenarioBuilder().Days(28).Build();
        var first = ProjectsOver(spec, 28 * 96);
        var again = ProjectsOver(spec, 28 * 96);
        var other = ProjectsOver(spec with { Seed = 8 }, 28 * 96);

        Assert.True(first.Count >= 3);
        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(p => p.NameSeed), other.Select(p => p.NameSeed));
    }
}
