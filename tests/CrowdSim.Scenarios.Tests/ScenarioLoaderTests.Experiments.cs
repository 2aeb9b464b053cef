namespace CrowdSim.Scenarios.Tests;

public sealed partial class ScenarioLoaderTests
{
    private const string Sweep = """
        replications: 30
        sweep:
          - path: workers.ke-crowd.count
            values: [50, 100, 400]
          - {path: vendors.tasklane.pieceRates.0.usd, values: [0.04, "0.06"]}

        """;

    [Fact]
    public void LoadExperiment_WhenFileDeclaresNoExperiment_PlansOneRun()
    {
        var folder = new ScenarioFolder().With("minimal.yaml", MinimalScenario.Yaml);

        var loaded = ScenarioLoader.LoadExperiment(folder.Path("minimal.yaml"), []);

        Assert.Equal((1, 0, 1L), (loaded.Plan.Replications, loaded.Plan.Sweep.Count, loaded.Plan.VariantCount));
        Assert.Equal(SpecJson.Of(Minimal), SpecJson.Of(loaded.Spec));
    }

    [Fact]
    public void LoadExperiment_WhenFileDeclaresASweep_ReturnsItsAxesAsWritten()
    {
        var folder = new ScenarioFolder().With("sweep.yaml", MinimalScenario.Yaml + Sweep);

        var loaded = ScenarioLoader.LoadExperiment(folder.Path("sweep.yaml"), []);

        Assert.Equal(30, loaded.Plan.Replications);
        Assert.Equal(["workers.ke-crowd.count", "vendors.tasklane.pieceRates.0.usd"], loaded.Plan.Sweep.Select(a => a.Path));
        Assert.Equal(["50", "100", "400"], loaded.Plan.Sweep[0].Values);
        Assert.Equal(["0.04", "\"0.06\""], loaded.Plan.Sweep[1].Values);
        Assert.Equal(6, loaded.Plan.VariantCount);
        Assert.Equal(SpecJson.Of(Minimal), SpecJson.Of(loaded.Spec));
    }

    [Fact]
    public void LoadVariant_ForEachSweepValue_DiffersFromTheScenarioOnlyInThatValue()
    {
        var folder = new ScenarioFolder().With("sweep.yaml", MinimalScenario.Yaml + Sweep);
        var loaded = ScenarioLoader.LoadExperiment(folder.Path("sweep.yaml"), []);
        var axis = loaded.Plan.Sweep[0];

        var variants = Enumerable.Range(0, axis.Values.Count).Select(i => ScenarioLoader.LoadVariant(folder.Path("sweep.yaml"), [axis.Override(i)]));

        Assert.Equal(
            [
                ["- \"Count\": 100,", "+ \"Count\": 50,"],
                [],
                ["- \"Count\": 100,", "+ \"Count\": 400,"],
            ],
            variants.Select(v => SpecJson.Differences(loaded.Spec, v)));
    }

    [Fact]
    public void LoadVariant_WithAValueOfEveryAxis_ChangesEachSweptValue()
    {
        var folder = new ScenarioFolder().With("sweep.yaml", MinimalScenario.Yaml + Sweep);
        var plan = ScenarioLoader.LoadExperiment(folder.Path("sweep.yaml"), []).Plan;

        var variant = ScenarioLoader.LoadVariant(folder.Path("sweep.yaml"), ["seed=8", plan.Sweep[0].Override(2), plan.Sweep[1].Override(1)]);

        Assert.Equal((8UL, 400, 0.06), (variant.Seed, variant.WorkerPools[0].Count, variant.Vendors[0].PieceRates[0].UsdPerTask));
    }

    [Fact]
    public void LoadExperiment_WhenParentDeclaresTheExperiment_ChildInheritsIt()
    {
        var folder = ScenarioFolder.BaseAndChild(Extends + "replications: 5\n", MinimalScenario.Yaml + Sweep);

        var plan = ScenarioLoader.LoadExperiment(folder.Path("child.yaml"), []).Plan;

        Assert.Equal((5, 2), (plan.Replications, plan.Sweep.Count));
    }
}
