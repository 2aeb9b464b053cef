using CrowdSim.Model.Scenario;

namespace CrowdSim.Scenarios.Tests;

public sealed partial class ScenarioLoaderTests
{
    /// <summary>The minimal scenario with a training course and a reservation wage, so that deeper paths have something to change.</summary>
    private static readonly string Richer = MinimalScenario
        .With("    meanMinutes: 2", "    meanMinutes: 2\n    training: {hours: 4, passRate: 0.6}")
        .Edit("    platforms: [managed-crowd]", "    platforms: [managed-crowd]\n    reservationWage: {medianUsd: 0.56, sigma: 1.2}");

    /// <summary>An override, and the JSON lines of the scenario it must change (old value, new value), nothing else.</summary>
    public static TheoryData<string, string[]> Overrides => new()
    {
        { "days=7", ["- \"Days\": 30,", "+ \"Days\": 7,"] },
        { "seed=3", ["- \"Seed\": 1,", "+ \"Seed\": 3,"] },
        { "workers.ke-crowd.count=200", ["- \"Count\": 100,", "+ \"Count\": 200,"] },
        { "workers.ke-crowd.reservationWage.medianUsd=0.8", ["- \"ReservationWageMedianUsd\": 0.56,", "+ \"ReservationWageMedianUsd\": 0.8,"] },
        { "taskTypes.bbox.training.hours=2", ["- \"Hours\": 4,", "+ \"Hours\": 2,"] },
        { "platforms.open-market.fee=25%", ["- \"FeeShare\": 0.2,", "+ \"FeeShare\": 0.25,"] },
        { "labs.lab-alpha.demand.0.tasksPerDay=1500", ["- \"TasksPerDay\": 1000,", "+ \"TasksPerDay\": 1500,"] },
        { "events.0.batch=900", ["- \"BatchTasks\": 500,", "+ \"BatchTasks\": 900,"] },
        { "name=with spaces = and more", ["- \"Name\": \"minimal\",", "+ \"Name\": \"with spaces = and more\","] },
    };

    [Theory]
    [MemberData(nameof(Overrides))]
    public void LoadFile_WithOverride_ChangesExactlyThatValue(string set, string[] changed)
    {
        var folder = new ScenarioFolder().With("richer.yaml", Richer);
        var before = ScenarioLoader.LoadFile(folder.Path("richer.yaml"));

        var after = ScenarioLoader.LoadFile(folder.Path("richer.yaml"), [set]);

        Assert.Equal(changed, SpecJson.Differences(before, after));
    }

    [Fact]
    public void LoadFile_WithOverrideOfAFlowList_ReplacesTheList()
    {
        var folder = new ScenarioFolder().With("minimal.yaml", MinimalScenario.Yaml);

        var spec = ScenarioLoader.LoadFile(folder.Path("minimal.yaml"), ["workers.ke-crowd.platforms=[managed-crowd, open-market]"]);

        Assert.Equal(["managed-crowd", "open-market"], spec.WorkerPools[0].Platforms);
    }

    [Fact]
    public void LoadFile_WithOverrideOfAKeyTheFileLeavesOut_AddsIt()
    {
        var folder = new ScenarioFolder().With("minimal.yaml", MinimalScenario.Yaml);

        var spec = ScenarioLoader.LoadFile(folder.Path("minimal.yaml"), ["tickMinutes=30", "workers.ke-crowd.fatigue.onsetHours=4"]);

        Assert.Equal(30, spec.TickMinutes);
        Assert.Equal(new FatigueSpec(4, FatigueSpec.Default.ErrorIncreasePerHour), spec.WorkerPools[0].Fatigue);
    }

    [Fact]
    public void LoadFile_WithOverridesOfTheSameValue_TheLastOneWins()
    {
        var folder = new ScenarioFolder().With("minimal.yaml", MinimalScenario.Yaml);

        Assert.Equal(9, ScenarioLoader.LoadFile(folder.Path("minimal.yaml"), ["days=7", "days=9"]).Days);
    }

    [Fact]
    public void LoadFile_WithOverride_AppliesToTheComposedScenario()
    {
        var folder = ScenarioFolder.BaseAndChild(Extends + "workers:\n  - {id: ke-night, region: kenya, count: 20, platforms: [managed-crowd]}\n");

        var spec = ScenarioLoader.LoadFile(folder.Path("child.yaml"), ["workers.ke-night.count=40", "workers.ke-crowd.count=60"]);

        Assert.Equal([60, 40], spec.WorkerPools.Select(p => p.Count));
    }
}
