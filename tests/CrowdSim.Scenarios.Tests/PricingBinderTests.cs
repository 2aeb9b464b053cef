using CrowdSim.Model.Scenario;
using CrowdSim.Testing;

namespace CrowdSim.Scenarios.Tests;

/// <summary>A vendor's <c>pricing:</c> key (issue 15): bound with defaults, written back, and bad values reported at their place.</summary>
public sealed class PricingBinderTests
{
    [Fact]
    public void Bind_WithOnlyTheRule_TakesEveryDefault()
    {
        var spec = ScenarioLoader.LoadText(WithPricing("{rule: responsive}"), "pricing.yaml");
        Assert.Equal(PricingSpec.Default, Assert.Single(spec.Vendors).Pricing);
    }

    [Fact]
    public void Bind_WithEveryKey_ReadsEachValue()
    {
        var spec = ScenarioLoader.LoadText(
            WithPricing("{rule: responsive, reviewEvery: 12h, targetWait: 2h, targetSearchShare: 30%, supplyWeight: 0.3, backlogWeight: 0.1, competitorWeight: 0.2, maxStep: 0.1, smoothing: 0.4, floorShare: 0.5, ceilingShare: 1.5}"),
            "pricing.yaml");
        Assert.Equal(new PricingSpec(720, 2, 0.3, 0.3, 0.1, 0.2, 0.1, 0.4, 0.5, 1.5), Assert.Single(spec.Vendors).Pricing);
    }

    [Fact]
    public void Bind_WithoutTheKey_HasNoPricing()
    {
        Assert.Null(Assert.Single(ScenarioLoader.LoadText(MinimalScenario.Yaml, "minimal.yaml").Vendors).Pricing);
    }

    [Fact]
    public void Writer_RoundTripsThePricingRule()
    {
        var spec = ScenarioLoader.LoadText(WithPricing("{rule: responsive, reviewEvery: 6h, maxStep: 0.2}"), "pricing.yaml");
        var again = ScenarioLoader.LoadText(ScenarioWriter.ToYaml(spec), "again.yaml");
        Assert.Equal(spec.Vendors[0].Pricing, again.Vendors[0].Pricing);
    }

    [Theory]
    [InlineData("{rule: responsiv}", "`rule`: expected one of responsive")]
    [InlineData("{rule: responsive, maxStep: 0.8}", "`maxStep`: expected a number between 0 and 0.5, got 0.8")]
    [InlineData("{rule: responsive, floorShare: 2}", "`floorShare`: expected a number between 0 and 1, got 2")]
    [InlineData("{rule: responsive, ceilingShare: 0.5}", "`ceilingShare`: expected a number >= 1, got 0.5")]
    [InlineData("{rule: responsive, reviewEvery: 0h}", "`reviewEvery`")]
    [InlineData("{rule: responsive, smoothing: 0}", "`smoothing`")]
    [InlineData("{maxStep: 0.1}", "missing required key `rule`")]
    [InlineData("responsive", "`pricing`: expected a mapping")]
    public void Bind_BadValue_IsReportedWithItsPlace(string value, string message)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(WithPricing(value), "pricing.yaml"));
        Assert.Contains("pricing.yaml:21:", error.Message);
        Assert.Contains(message, error.Message);
    }

    private static string WithPricing(string value) =>
        MinimalScenario.With("      - {taskType: bbox, region: kenya, usd: 0.05}", $"      - {{taskType: bbox, region: kenya, usd: 0.05}}\n    pricing: {value}");
}
