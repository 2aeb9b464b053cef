using CrowdSim.Model.Scenario;

namespace CrowdSim.Scenarios.Tests;

/// <summary>Access to work (issue 15): local currencies, requesters' region restrictions and approval gates, learning and prior approvals.</summary>
public sealed partial class ScenarioLoaderTests
{
    private static string WithKes(string pieceRate) => MinimalScenario
        .With("    minimumWageUsd: 0.6", "    minimumWage: {amount: 78, currency: KES}\n    currency: {code: KES, usdPerUnit: 0.0077}")
        .Edit("{taskType: bbox, region: kenya, usd: 0.05}", pieceRate);

    [Fact]
    public void LoadText_LocalCurrency_ConvertsTheMinimumWageAndPieceRatesToUsd()
    {
        var spec = ScenarioLoader.LoadText(WithKes("{taskType: bbox, region: kenya, rate: {amount: 6.5, currency: KES}}"), "kes.yaml");

        Assert.Equal("KES", spec.Regions[0].Currency);
        Assert.Equal(0.0077, spec.Regions[0].UsdPerUnit);
        Assert.Equal(78 * 0.0077, spec.Regions[0].MinimumWageUsdPerHour, 12);
        Assert.Equal(6.5 * 0.0077, spec.Vendors[0].PieceRates[0].UsdPerTask, 12);
    }

    [Fact]
    public void LoadText_WithoutCurrencies_IsUnchanged()
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.Yaml, "minimal.yaml");

        Assert.Null(spec.Regions[0].Currency);
        Assert.Equal(0.05, spec.Vendors[0].PieceRates[0].UsdPerTask);
    }

    [Theory]
    [InlineData("{taskType: bbox, region: kenya, rate: {amount: 5, currency: TZS}}", "TZS", "`currency`: unknown currency `TZS`; known: USD, KES")]
    [InlineData("{taskType: bbox, region: kenya, usd: 0.05, rate: {amount: 5, currency: KES}}", "{amount: 5", "`rate`: give either `usd` or `rate`, not both")]
    [InlineData("{taskType: bbox, region: kenya, rate: {amount: 500000000000, currency: KES}}", "500000000000", "more than the 1E+06 USD allowed")]
    public void LoadText_BadLocalAmount_ReportsWhereItIs(string pieceRate, string at, string expected)
    {
        var yaml = WithKes(pieceRate);
        var lines = yaml.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(pieceRate, StringComparison.Ordinal));
        var column = lines[line].IndexOf(at, StringComparison.Ordinal) + 1;

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "bad.yaml"));

        Assert.True(
            exception.Errors.Any(e => e.Line == line + 1 && e.Column == column && e.Text.Contains(expected, StringComparison.Ordinal)),
            $"expected an error at {line + 1}:{column} containing \"{expected}\", got:\n{exception.Message}");
    }

    [Fact]
    public void LoadText_CurrencyNoRegionDeclares_IsReported()
    {
        var yaml = MinimalScenario.With("{taskType: bbox, region: kenya, usd: 0.05}", "{taskType: bbox, region: kenya, rate: {amount: 5, currency: KES}}");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "bad.yaml"));

        Assert.Contains(exception.Errors, e => e.Line == 20 && e.Text.Contains("unknown currency `KES`; no region declares a currency", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadText_AccessKeys_BindRequestersRulesAndPoolExperience()
    {
        var yaml = DirectPosting()
            .Edit("priceUsd: 0.3", "priceUsd: 0.3\n        requesters: {count: 5, payMedianUsdPerHour: 4, restrictToRegions: {regions: [kenya], share: 0.3}, approvalGate: {minApproved: 500}}")
            .Edit("    platforms: [managed-crowd]", "    platforms: [managed-crowd]\n    learning: {exponent: 0.3}\n    priorApproved: {median: 200, sigma: 1.2}");

        var spec = ScenarioLoader.LoadText(yaml, "access.yaml");

        var requesters = spec.Labs[0].Demand[0].Requesters!;
        Assert.Equal(["kenya"], requesters.RestrictToRegions!.Regions);
        Assert.Equal(0.3, requesters.RestrictToRegions.Share);
        Assert.Equal(new ApprovalGateSpec(500, ModelDefaults.ApprovalGatedShare), requesters.ApprovalGate);
        Assert.Equal(new LearningSpec(ModelDefaults.LearningHalfLifeTasks, 0.3, ModelDefaults.LearningFloor), spec.WorkerPools[0].Learning);
        Assert.Equal(new PriorApprovedSpec(200, 1.2), spec.WorkerPools[0].PriorApproved);
    }

    [Fact]
    public void LoadText_RestrictionToAnUnknownRegion_IsReported()
    {
        var yaml = DirectPosting().Edit("priceUsd: 0.3", "priceUsd: 0.3\n        requesters: {count: 5, payMedianUsdPerHour: 4, restrictToRegions: {regions: [kenia], share: 0.3}}");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(yaml, "bad.yaml"));

        Assert.Contains(exception.Errors, e => e.Line == 28 && e.Text.Contains("unknown region `kenia`; did you mean `kenya`?", StringComparison.Ordinal));
    }
}
