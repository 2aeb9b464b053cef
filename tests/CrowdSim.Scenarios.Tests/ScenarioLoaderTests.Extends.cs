using CrowdSim.Model.Scenario;

namespace CrowdSim.Scenarios.Tests;

public sealed partial class ScenarioLoaderTests
{
    private const string Extends = "extends: base.yaml\n";

    private static readonly ScenarioSpec Minimal = ScenarioLoader.LoadText(MinimalScenario.Yaml, "minimal.yaml");

    [Fact]
    public void LoadFile_WhenChildOnlyExtends_IsTheParent()
    {
        var folder = ScenarioFolder.BaseAndChild(Extends);

        Assert.Equal(SpecJson.Of(Minimal), SpecJson.Of(ScenarioLoader.LoadFile(folder.Path("child.yaml"))));
    }

    [Fact]
    public void LoadFile_WhenChildChangesOneNestedKeyOfAnEntity_KeepsTheEntitysOtherKeys()
    {
        var parent = MinimalScenario.With("    platforms: [managed-crowd]", "    platforms: [managed-crowd]\n    reservationWage: {medianUsd: 0.56, sigma: 1.2}");
        var folder = ScenarioFolder.BaseAndChild(Extends + "workers:\n  - id: ke-crowd\n    reservationWage: {medianUsd: 0.8}\n", parent);

        var spec = ScenarioLoader.LoadFile(folder.Path("child.yaml"));

        Assert.Equal(
            ["- \"ReservationWageMedianUsd\": 0.56,", "+ \"ReservationWageMedianUsd\": 0.8,"],
            SpecJson.Differences(ScenarioLoader.LoadText(parent, "base.yaml"), spec));
        Assert.Equal((100, 1.2), (spec.WorkerPools[0].Count, spec.WorkerPools[0].ReservationWageSigma));
    }

    [Fact]
    public void LoadFile_WhenChildGivesANewId_AppendsTheEntity()
    {
        var folder = ScenarioFolder.BaseAndChild(Extends + "workers:\n  - {id: ke-night, region: kenya, count: 20, platforms: [managed-crowd]}\n");

        var spec = ScenarioLoader.LoadFile(folder.Path("child.yaml"));

        Assert.Equal(["ke-crowd", "ke-night"], spec.WorkerPools.Select(p => p.Id));
        Assert.Equal(Minimal.WorkerPools[0] with { Platforms = spec.WorkerPools[0].Platforms }, spec.WorkerPools[0]);
    }

    [Fact]
    public void LoadFile_WhenChildRemovesAnId_DropsTheEntity()
    {
        var folder = ScenarioFolder.BaseAndChild(Extends + "platforms:\n  - {id: open-market, remove: true}\n");

        var spec = ScenarioLoader.LoadFile(folder.Path("child.yaml"));

        Assert.Equal(["managed-crowd"], spec.Platforms.Select(p => p.Id));
    }

    [Fact]
    public void LoadFile_WhenChildRemovesAnIdAndAddsItAgain_ReplacesTheEntityWhole()
    {
        var folder = ScenarioFolder.BaseAndChild(Extends + "taskTypes:\n  - {id: bbox, remove: true}\n  - {id: bbox, meanMinutes: 3, reviewShare: 0.5}\n");

        var spec = ScenarioLoader.LoadFile(folder.Path("child.yaml"));

        Assert.Equal(new TaskTypeSpec("bbox", 3, ModelDefaults.MinutesSigma, 0.5, ModelDefaults.ExpiryHours), Assert.Single(spec.TaskTypes));
    }

    [Fact]
    public void LoadFile_WhenChildGivesAListWithoutIds_ReplacesTheParentsList()
    {
        var folder = ScenarioFolder.BaseAndChild(Extends + "workers:\n  - id: ke-crowd\n    platforms: [open-market, managed-crowd]\n");

        var spec = ScenarioLoader.LoadFile(folder.Path("child.yaml"));

        Assert.Equal(["open-market", "managed-crowd"], spec.WorkerPools[0].Platforms);
    }

    [Fact]
    public void LoadFile_WhenChildLeavesAKeyEmpty_TheParentsValueIsLeftOutToo()
    {
        var parent = MinimalScenario.With("days: 30", "days: 30\ntickMinutes: 30");
        var folder = ScenarioFolder.BaseAndChild(Extends + "tickMinutes: ~\n", parent);

        Assert.Equal(ModelDefaults.TickMinutes, ScenarioLoader.LoadFile(folder.Path("child.yaml")).TickMinutes);
    }

    [Fact]
    public void LoadFile_WhenChildAddsEvents_AppendsThemAndSortsByTimeParentFirst()
    {
        var folder = ScenarioFolder.BaseAndChild(Extends + "events:\n" + Surge("day 2", 100) + Surge("day 5", 200) + Surge("day 9", 300));

        var spec = ScenarioLoader.LoadFile(folder.Path("child.yaml"));

        Assert.Equal(
            [(1440, 100), (4 * 1440, 500), (4 * 1440, 200), (8 * 1440, 300)],
            spec.Events.Cast<TaskSurge>().Select(e => (e.AtMinute, e.BatchTasks)));
    }

    [Fact]
    public void LoadFile_WhenChildEventHasTheIdOfAParentEvent_ReplacesIt()
    {
        var parent = MinimalScenario.With("  - at: day 5", "  - id: launch\n    at: day 5");
        var folder = ScenarioFolder.BaseAndChild(Extends + "events:\n  - id: launch\n    at: day 7\n    type: task_surge\n    lab: lab-alpha\n    taskType: bbox\n    batch: 900\n", parent);

        var spec = ScenarioLoader.LoadFile(folder.Path("child.yaml"));

        Assert.Equal(new TaskSurge(6 * 1440, "lab-alpha", "bbox", 1, 0, 900), Assert.Single(spec.Events));
    }

    [Fact]
    public void LoadFile_WhenChildRemovesAnEventById_DropsIt()
    {
        var parent = MinimalScenario.With("  - at: day 5", "  - id: launch\n    at: day 5");
        var folder = ScenarioFolder.BaseAndChild(Extends + "events:\n  - {id: launch, remove: true}\n", parent);

        Assert.Empty(ScenarioLoader.LoadFile(folder.Path("child.yaml")).Events);
    }

    [Fact]
    public void LoadFile_WhenFilesExtendEachOtherTenDeep_MergesThemAll()
    {
        var folder = new ScenarioFolder().With("f10.yaml", MinimalScenario.Yaml);
        for (var i = 0; i < 10; i++)
            folder.With($"f{i}.yaml", $"extends: f{i + 1}.yaml\nseed: {i}\n");

        Assert.Equal(0UL, ScenarioLoader.LoadFile(folder.Path("f0.yaml")).Seed);
    }

    [Theory]
    [InlineData("pay-floor")]
    [InlineData("notifications")]
    [InlineData("wage-cut")]
    [InlineData("task-surge")]
    [InlineData("automation-shock")]
    public void LoadFile_BundledScenarioThatExtendsBaseline_EqualsItsFormerFullText(string name)
    {
        var full = ScenarioLoader.LoadFile($"Scenarios/{name}.full.yaml");

        var composed = ScenarioLoader.LoadFile(RepoRoot.Scenario(name + ".yaml"));

        Assert.Equal(SpecJson.Of(full), SpecJson.Of(composed));
    }

    private static string Surge(string at, int batch) =>
        $"  - at: {at}\n    type: task_surge\n    lab: lab-alpha\n    taskType: bbox\n    batch: {batch}\n";
}
