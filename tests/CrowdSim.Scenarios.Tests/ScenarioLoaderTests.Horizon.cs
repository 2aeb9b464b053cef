namespace CrowdSim.Scenarios.Tests;

/// <summary>
/// The horizon (issue 14, items 6 and 14): <c>--days</c> is applied before the scenario is checked,
/// so every limit that depends on it holds; an event after the end of the run is allowed, whichever
/// way the horizon was shortened, and noted.
/// </summary>
public sealed partial class ScenarioLoaderTests
{
    private const string SurgeAfterThreeDays = "event (task_surge) at day 5 falls after the 3-day horizon and will not happen";

    [Fact]
    public void LoadExperiment_WithDays_IsTheScenarioWithThoseDays()
    {
        var folder = new ScenarioFolder().With("minimal.yaml", MinimalScenario.Yaml);

        var loaded = ScenarioLoader.LoadExperiment(folder.Path("minimal.yaml"), new ScenarioLoadOptions { Days = 7 });

        Assert.Equal(SpecJson.Of(ScenarioLoader.LoadFile(folder.Path("minimal.yaml"), ["days=7"])), SpecJson.Of(loaded.Spec));
        Assert.Equal(7, loaded.Spec.Days);
    }

    [Fact]
    public void LoadExperiment_WithDaysAfterASet_KeepsTheDays()
    {
        var folder = new ScenarioFolder().With("minimal.yaml", MinimalScenario.Yaml);

        var loaded = ScenarioLoader.LoadExperiment(folder.Path("minimal.yaml"), new ScenarioLoadOptions { Overrides = ["days=9"], Days = 7 });

        Assert.Equal(7, loaded.Spec.Days);
    }

    [Fact]
    public void LoadExperiment_WithDaysPastTheTickLimit_RefusesThem_InDays()
    {
        var folder = new ScenarioFolder().With("minimal.yaml", MinimalScenario.Yaml);

        var exception = Assert.Throws<ScenarioException>(() =>
            ScenarioLoader.LoadExperiment(folder.Path("minimal.yaml"), new ScenarioLoadOptions { Overrides = ["tickMinutes=1"], Days = 3650 }));

        Assert.Equal(
            "--days: `days`: 3650 days of 1-minute ticks is 5,256,000 ticks, more than the 5,000,000 allowed; use fewer days or longer ticks",
            Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void LoadExperiment_WithDaysThatTakeDemandPastItsBound_RefusesThem_AtTheLabs()
    {
        var folder = new ScenarioFolder().With("minimal.yaml", MinimalScenario.With("tasksPerDay: 1000", "tasksPerDay: 10000000"));

        var exception = Assert.Throws<ScenarioException>(() =>
            ScenarioLoader.LoadExperiment(folder.Path("minimal.yaml"), new ScenarioLoadOptions { Days = 3650 }));

        Assert.Equal(
            $"{folder.Path("minimal.yaml")}:22:3: `labs`: demand adds up to about 36,500,000,500 tasks over 3650 days, more than the 10,000,000,000 a run can get through (at about a million tasks a second, 2.8 hours); lower `tasksPerDay`, a surge or `days`",
            Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void LoadExperiment_WithDaysThatRecruitPastTheWorkerLimit_RefusesThem_AtTheWorkers()
    {
        var folder = new ScenarioFolder().With("minimal.yaml", MinimalScenario.WithRecruitment("{every: 1d, recruits: 1000000, bootcampHours: 0, dropOut: 0}"));

        var exception = Assert.Throws<ScenarioException>(() =>
            ScenarioLoader.LoadExperiment(folder.Path("minimal.yaml"), new ScenarioLoadOptions { Days = 3650 }));

        Assert.Equal(
            $"{folder.Path("minimal.yaml")}:29:3: `workers`: 3,650,000,100 workers in total (100 at the start and up to 3,650,000,000 recruited over 3650 days), more than the 50,000,000 a run can hold in memory",
            Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void LoadExperiment_WithDaysBeforeAnEvent_KeepsTheScenario_AndNotesTheEvent()
    {
        var folder = new ScenarioFolder().With("minimal.yaml", MinimalScenario.Yaml);

        var loaded = ScenarioLoader.LoadExperiment(folder.Path("minimal.yaml"), new ScenarioLoadOptions { Days = 3 });

        Assert.Equal(3, loaded.Spec.Days);
        Assert.Equal([new ScenarioNote(folder.Path("minimal.yaml"), 34, 9, SurgeAfterThreeDays)], loaded.Notes);
    }

    [Fact]
    public void LoadExperiment_WithSetDaysBeforeAnEvent_IsNotedAlike()
    {
        var folder = new ScenarioFolder().With("minimal.yaml", MinimalScenario.Yaml);

        var loaded = ScenarioLoader.LoadExperiment(folder.Path("minimal.yaml"), ["days=3"]);

        Assert.Equal([new ScenarioNote(folder.Path("minimal.yaml"), 34, 9, SurgeAfterThreeDays)], loaded.Notes);
    }

    [Fact]
    public void LoadText_WithAnEventAfterItsOwnHorizon_NotesItByIdAndType()
    {
        var folder = new ScenarioFolder().With("s.yaml", MinimalScenario.With("  - at: day 5", "  - id: launch\n    at: day 31"));

        var loaded = ScenarioLoader.LoadExperiment(folder.Path("s.yaml"), []);

        Assert.Equal(
            $"{folder.Path("s.yaml")}:35:9: note: event `launch` (task_surge) at day 31 falls after the 30-day horizon and will not happen",
            Assert.Single(loaded.Notes).ToString());
    }

    [Fact]
    public void LoadExperiment_WithAnEventInTheParent_NotesItInTheParent()
    {
        var folder = ScenarioFolder.BaseAndChild(Extends + "days: 3\n");

        var loaded = ScenarioLoader.LoadExperiment(folder.Path("child.yaml"), []);

        Assert.Equal([new ScenarioNote(folder.Path("base.yaml"), 34, 9, SurgeAfterThreeDays)], loaded.Notes);
    }

    [Fact]
    public void LoadExperiment_WithAllEventsInside_HasNoNotes()
    {
        var folder = new ScenarioFolder().With("minimal.yaml", MinimalScenario.Yaml);

        Assert.Empty(ScenarioLoader.LoadExperiment(folder.Path("minimal.yaml"), new ScenarioLoadOptions { Days = 5 }).Notes);
    }

    [Fact]
    public void LoadVariant_WhoseSweptDaysComeBeforeAnEvent_IsValid_AndNotesIt()
    {
        var folder = ScenarioFolder.BaseAndChild(Extends + "sweep:\n  - {path: days, values: [30, 3]}\n");
        var plan = ScenarioLoader.LoadExperiment(folder.Path("child.yaml"), []).Plan;

        var variant = ScenarioLoader.LoadVariant(folder.Path("child.yaml"), new ScenarioLoadOptions { Days = 10 }, [plan.Sweep[0].Override(1)]);

        Assert.Equal(3, variant.Spec.Days);
        Assert.Equal([new ScenarioNote(folder.Path("base.yaml"), 34, 9, SurgeAfterThreeDays)], variant.Notes);
    }

    [Fact]
    public void LoadExperiment_OfAFileAskingForReplications_SaysItAsks()
    {
        var folder = ScenarioFolder.BaseAndChild(Extends + "replications: 1\n");

        Assert.True(ScenarioLoader.LoadExperiment(folder.Path("child.yaml"), []).Plan.ReplicationsGiven);
        Assert.False(ScenarioLoader.LoadExperiment(folder.Path("base.yaml"), []).Plan.ReplicationsGiven);
    }
}
