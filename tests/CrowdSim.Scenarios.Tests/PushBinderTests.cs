using CrowdSim.Model.Scenario;

namespace CrowdSim.Scenarios.Tests;

/// <summary>A platform's <c>push:</c> (issue 15, item 7): defaults, values, errors, and notifications for one region.</summary>
public class PushBinderTests
{
    private static string WithPush(string push) =>
        MinimalScenario.With("kind: open-marketplace", $"kind: open-marketplace\n    push: {push}");

    [Fact]
    public void Push_LeftOut_IsNone()
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.Yaml, "ok.yaml");
        Assert.All(spec.Platforms, p => Assert.Null(p.Push));
    }

    [Fact]
    public void Push_TakesDefaultsAndGivenValues()
    {
        var spec = ScenarioLoader.LoadText(WithPush("{delayMinutes: 12}"), "ok.yaml");
        var push = spec.Platforms.Single(p => p.Kind == PlatformKind.OpenMarketplace).Push;
        Assert.Equal(new PushSpec(Seen: ModelDefaults.PushSeen, DelayMinutes: 12, DelaySigma: ModelDefaults.PushDelaySigma), push);
        Assert.Equal(0.8, ModelDefaults.PushSeen);
    }

    [Theory]
    [InlineData("{seen: 1.5}", "seen")]
    [InlineData("{delayMinutes: -1}", "delayMinutes")]
    [InlineData("{delay: 5}", "delay")]
    public void Push_BadValue_IsReportedWithItsPlace(string push, string expected)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(WithPush(push), "bad.yaml"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(error.Errors, e => e.Line == 14 && e.Column > 0);
    }

    [Fact]
    public void Push_WrittenScenario_ReadsBackTheSame()
    {
        var spec = ScenarioLoader.LoadText(WithPush("{seen: 0.6, delayMinutes: 3, delaySigma: 0.5}"), "ok.yaml");
        var again = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(spec), "again.yaml");
        Assert.Equal(
            spec.Platforms.Select(p => p.Push),
            again.Platforms.Select(p => p.Push));
    }

    [Fact]
    public void Notifications_ForOneRegion_KeepsTheRegion()
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.Yaml + "  - at: day 6\n    type: policy\n    policy: notifications\n    region: kenya\n", "ok.yaml");
        var change = Assert.IsType<PolicyChange>(spec.Events[^1]);
        Assert.Equal((PolicyKind.Notifications, "kenya"), (change.Policy, change.Region));
    }
}
