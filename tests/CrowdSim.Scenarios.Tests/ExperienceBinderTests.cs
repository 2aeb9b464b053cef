using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios;
using CrowdSim.Testing;

namespace CrowdSim.Scenarios.Tests;

/// <summary>The worker pool's experience keys: <c>adaptation</c> (share or mapping), <c>discouragement</c>, <c>churn.noEarningsExit</c>.</summary>
public class ExperienceBinderTests
{
    private static WorkerPoolSpec Pool(string line) =>
        ScenarioLoader.LoadText(MinimalScenario.With("    platforms: [managed-crowd]", $"    platforms: [managed-crowd]\n    {line}"), "x.yaml").WorkerPools[0];

    [Fact]
    public void Adaptation_AsAShare_KeepsTheOldRuleAndNoMapping()
    {
        var pool = Pool("adaptation: 0.3");
        Assert.Equal(0.3, pool.AdaptationWeeklyRate);
        Assert.Null(pool.Adaptation);
        Assert.Null(pool.Discouragement);
    }

    [Fact]
    public void Adaptation_AsAMapping_TurnsOnTheRecentWageRule_WithDefaultsForKeysLeftOut()
    {
        Assert.Equal(new AdaptationSpec(0.2, ModelDefaults.AdaptationFloorShare), Pool("adaptation: {weeklyRate: 0.2}").Adaptation);
        Assert.Equal(AdaptationSpec.Default, Pool("adaptation: {}").Adaptation);
    }

    [Fact]
    public void Discouragement_BindsEachKey() =>
        Assert.Equal(new DiscouragementSpec(0.5, 4, 0.25), Pool("discouragement: {lengthening: 0.5, maxFactor: 4, recovery: 25%}").Discouragement);

    [Fact]
    public void Churn_NoEarningsExit_IsOffUnlessGiven()
    {
        Assert.Equal(0.0, Pool("churn: {weeklyHazard: 0.01}").Churn!.NoEarningsExit);
        Assert.Equal(0.4, Pool("churn: {noEarningsExit: 0.4}").Churn!.NoEarningsExit);
    }

    [Fact]
    public void Writer_RoundTripsTheExperienceKeys()
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.With("    platforms: [managed-crowd]",
            "    platforms: [managed-crowd]\n    adaptation: {weeklyRate: 0.2, floor: 0.6}\n    discouragement: {lengthening: 0.3}\n    churn: {noEarningsExit: 0.5}"), "x.yaml");
        var again = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(spec), "again.yaml");
        Assert.Equal(spec.WorkerPools[0], again.WorkerPools[0] with { Platforms = spec.WorkerPools[0].Platforms });
    }
}
