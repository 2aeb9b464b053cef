namespace CrowdSim.Scenarios.Tests;

public sealed partial class ScenarioLoaderTests
{
    /// <summary>
    /// A scenario built from files (<c>base.yaml</c> is <see cref="MinimalScenario.Yaml"/> unless
    /// given), overrides and a sweep that is wrong in one way, and the error expected: its file,
    /// line, column and a distinctive part of its text. <c>{dir}</c> stands for the folder of the files.
    /// </summary>
    private sealed record BadComposition(
        Dictionary<string, string> Files, string[] Overrides, string File, int Line, int Column, string Message, string Load = "child.yaml");

    private static readonly Dictionary<string, BadComposition> BadCompositions = new()
    {
        ["missing parent"] = new(Child("extends: basee.yaml\nname: child\n"), [],
            "child.yaml", 1, 10, "`extends`: file not found: {dir}/basee.yaml; did you mean `base.yaml`?"),
        ["circular extends"] = new(new() { ["a.yaml"] = "extends: b.yaml\nname: a\n", ["b.yaml"] = "name: b\nextends: a.yaml\n" }, [],
            "b.yaml", 2, 10, "`extends`: circular: {dir}/a.yaml → {dir}/b.yaml → {dir}/a.yaml", Load: "a.yaml"),
        ["file extending itself"] = new(Child("extends: child.yaml\n"), [],
            "child.yaml", 1, 10, "`extends`: circular: {dir}/child.yaml → {dir}/child.yaml"),
        ["extends not a string"] = new(Child("extends: [base.yaml]\n"), [],
            "child.yaml", 1, 10, "`extends`: expected the file name of the scenario to start from, like `baseline.yaml`, got a list"),
        ["extends eleven deep"] = new(ElevenDeep(), [],
            "f10.yaml", 1, 10, "`extends`: more than 10 files extend one another ({dir}/f0.yaml → {dir}/f1.yaml →", Load: "f0.yaml"),
        ["YAML error in the parent"] = new(Child(Extends, MinimalScenario.With("seed: 1", "seed: [1")), [],
            "base.yaml", 2, 7, "invalid YAML"),
        ["remove of an unknown id"] = new(Child(Extends + "workers:\n  - {id: ke-crwd, remove: true}\n"), [],
            "child.yaml", 3, 10, "`id`: cannot remove `ke-crwd`: {dir}/base.yaml has no item of `workers` with that id; did you mean `ke-crowd`?"),
        ["remove that is not true"] = new(Child(Extends + "workers:\n  - {id: ke-crowd, remove: yes}\n"), [],
            "child.yaml", 3, 28, "`remove`: expected true, got yes"),
        ["remove with other keys"] = new(Child(Extends + "workers:\n  - {id: ke-crowd, remove: true, count: 5}\n"), [],
            "child.yaml", 3, 5, "an item with `remove: true` takes no other keys than `id`"),
        ["child item without an id in a list merged by id"] = new(Child(Extends + "workers:\n  - region: kenya\n"), [],
            "child.yaml", 3, 5, "`workers`: items are matched with those of {dir}/base.yaml by `id`, and this one has none"),
        ["new id missing a required key, at the child's entry"] = new(Child(Extends + "workers:\n  - id: ke-new\n    count: 5\n"), [],
            "child.yaml", 3, 5, "missing required key `region`"),
        ["inherited bad value, at the parent's line"] = new(Child(Extends + "name: child\n", MinimalScenario.With("count: 100", "count: -5")), [],
            "base.yaml", 31, 12, "`count`: expected an integer >= 0, got -5"),
        ["overridden bad value, at the child's line"] = new(Child(Extends + "workers:\n  - id: ke-crowd\n    count: lots\n"), [],
            "child.yaml", 4, 12, "`count`: expected an integer >= 0, got lots"),
        ["reference to an entity the child removed"] = new(Child(Extends + "vendors:\n  - {id: tasklane, remove: true}\n"), [],
            "base.yaml", 25, 17, "`vendor`: unknown vendor `tasklane`; no vendors are defined"),
        ["duplicate id added twice by the child"] = new(Child(Extends + "regions:\n  - {id: uganda, utcOffset: 3, minimumWageUsd: 0.5}\n  - {id: uganda, utcOffset: 3, minimumWageUsd: 0.5}\n"), [],
            "child.yaml", 4, 10, "duplicate region id `uganda` (first defined on line 3)"),
        ["duplicate event id"] = new(Child(Extends + "events:\n  - {id: x, at: day 6, type: task_surge, lab: lab-alpha, taskType: bbox, batch: 1}\n  - {id: x, at: day 7, type: task_surge, lab: lab-alpha, taskType: bbox, batch: 1}\n"), [],
            "child.yaml", 4, 10, "`id`: duplicate event id `x` (first defined on line 3)"),
        ["events out of order within the child"] = new(Child(Extends + "events:\n" + Surge("day 9", 1) + Surge("day 8", 1)), [],
            "child.yaml", 8, 9, "`at`: events must be in time order; this one at day 8 comes after one at day 9"),
        ["--set unknown key"] = new(Child(Extends), ["workers.ke-crowd.cuont=5"],
            "--set", 1, 18, "unknown key `cuont`; did you mean `count`?"),
        ["--set unknown id"] = new(Child(Extends), ["workers.ke-crwod.count=5"],
            "--set", 1, 9, "`workers` has no item with id `ke-crwod`; did you mean `ke-crowd`?"),
        ["--set bad value"] = new(Child(Extends), ["workers.ke-crowd.count=lots"],
            "--set", 1, 24, "`count`: expected an integer >= 0, got lots"),
        ["--set index out of range"] = new(Child(Extends), ["labs.lab-alpha.demand.3.tasksPerDay=10"],
            "--set", 1, 23, "`labs.lab-alpha.demand` has 1 item; index 3 is out of range (use 0 to 0)"),
        ["--set index into a list with ids"] = new(Child(Extends), ["workers.0.count=10"],
            "--set", 1, 9, "`workers` has no item with id `0`; expected one of: ke-crowd"),
        ["--set into a single value"] = new(Child(Extends), ["days.max=10"],
            "--set", 1, 6, "`days` is a single value (30), so it has no `max`"),
        ["--set without a value"] = new(Child(Extends), ["days"],
            "--set", 1, 1, "expected PATH=VALUE, like days=7 or workers.ke-crowd.count=200, got `days`"),
        ["--set with an empty key"] = new(Child(Extends), ["workers..count=1"],
            "--set", 1, 9, "empty key in path `workers..count`"),
        ["--set of extends"] = new(Child(Extends), ["extends=other.yaml"],
            "--set", 1, 1, "`extends` cannot be set from the command line"),
        ["second --set, on line 2"] = new(Child(Extends), ["days=7", "seed=-1"],
            "--set", 2, 6, "`seed`: expected a non-negative integer, got -1"),
        ["--set value that is not YAML"] = new(Child(Extends), ["workers.ke-crowd.platforms=[managed-crowd"],
            "--set", 1, 42, "invalid YAML"),
        ["--set leaving a required value empty"] = new(Child(Extends), ["name="],
            "--set", 1, 6, "`name`: missing value"),
        ["replications 0"] = new(Child(Extends + "replications: 0\n"), [],
            "child.yaml", 2, 15, "`replications`: expected an integer between 1 and 10000, got 0"),
        ["sweep path unknown"] = new(Child(Extends + "sweep:\n  - {path: workers.ke-crowd.cuont, values: [1, 2]}\n"), [],
            "child.yaml", 3, 29, "`workers.ke-crowd` has no key `cuont` to sweep; did you mean `count`?"),
        ["sweep path to a key the scenario leaves out"] = new(Child(Extends + "sweep:\n  - {path: tickMinutes, values: [5, 10]}\n"), [],
            "child.yaml", 3, 12, "the scenario has no key `tickMinutes` to sweep; expected one of: name, seed, days,"),
        ["sweep value invalid, at the value"] = new(Child(Extends + "sweep:\n  - {path: days, values: [30, 0, 7]}\n"), [],
            "child.yaml", 3, 31, "`values`: with `days` = 0 the scenario is invalid: `days`: expected an integer between 1 and 3650, got 0"),
        ["sweep value that breaks something elsewhere"] = new(Child(Extends + "sweep:\n  - path: days\n    values: [30, 60]\n", MinimalScenario.WithRecruitment("{every: 1d, recruits: 1000000, bootcampHours: 0, dropOut: 0}")), [],
            "child.yaml", 4, 18, "`values`: with `days` = 60 the scenario is invalid: {dir}/base.yaml:29:3: `workers`: 60,000,100 workers in total (100 at the start and up to 60,000,000 recruited over 60 days)"),
        ["sweep of one path twice"] = new(Child(Extends + "sweep:\n  - {path: days, values: [7]}\n  - {path: days, values: [8]}\n"), [],
            "child.yaml", 4, 12, "`path`: `days` is already swept (on line 3); give all its values in one entry"),
        ["sweep without values"] = new(Child(Extends + "sweep:\n  - {path: days, values: []}\n"), [],
            "child.yaml", 3, 26, "`values`: expected a non-empty list"),
    };

    public static TheoryData<string> BadCompositionNames => [.. BadCompositions.Keys];

    [Theory]
    [MemberData(nameof(BadCompositionNames))]
    public void LoadFile_WhenCompositionIsInvalid_ReportsTheProblemInTheFileWhereItIs(string name)
    {
        var bad = BadCompositions[name];
        var folder = new ScenarioFolder();
        foreach (var (file, text) in bad.Files)
            folder.With(file, text);
        var expectedFile = bad.File == "--set" ? "--set" : folder.Path(bad.File);

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(folder.Path(bad.Load), bad.Overrides));

        var message = folder.Expand(bad.Message);
        Assert.True(
            exception.Errors.Any(e => e.File == expectedFile && e.Line == bad.Line && e.Column == bad.Column && e.Text.Contains(message, StringComparison.Ordinal)),
            $"{name}: expected an error at {expectedFile}:{bad.Line}:{bad.Column} containing \"{message}\", got:\n{exception.Message}");
    }

    [Fact]
    public void LoadFile_WhenParentAndChildBothHaveProblems_ListsTheChildsFirst()
    {
        var folder = ScenarioFolder.BaseAndChild(Extends + "days: 0\n", MinimalScenario.With("count: 100", "count: -5"));

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(folder.Path("child.yaml"), ["seed=x"]));

        Assert.Equal(
            [
                $"{folder.Path("child.yaml")}:2:7: `days`: expected an integer between 1 and 3650, got 0",
                $"{folder.Path("base.yaml")}:31:12: `count`: expected an integer >= 0, got -5",
                "--set:1:6: `seed`: expected a non-negative integer, got x",
            ],
            exception.Errors.Select(e => e.ToString()));
    }

    private static Dictionary<string, string> Child(string child, string? parent = null) =>
        new() { ["base.yaml"] = parent ?? MinimalScenario.Yaml, ["child.yaml"] = child };

    private static Dictionary<string, string> ElevenDeep()
    {
        var files = new Dictionary<string, string> { ["base.yaml"] = MinimalScenario.Yaml };
        for (var i = 0; i <= 10; i++)
            files[$"f{i}.yaml"] = $"extends: {(i == 10 ? "base" : $"f{i + 1}")}.yaml\n";
        return files;
    }
}
