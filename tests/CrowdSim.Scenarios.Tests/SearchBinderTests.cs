using CrowdSim.Model.Scenario;

namespace CrowdSim.Scenarios.Tests;

/// <summary>A platform's <c>search:</c> (issue 15): defaults, values, and errors with their place in the file.</summary>
public class SearchBinderTests
{
    private static string WithSearch(string search) =>
        MinimalScenario.With("kind: open-marketplace", $"kind: open-marketplace\n    search: {search}");

    [Fact]
    public void Search_LeftOut_IsPerfectInformation()
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.Yaml, "ok.yaml");
        Assert.All(spec.Platforms, p => Assert.Equal(SearchSpec.Perfect, p.Search));
    }

    [Fact]
    public void Search_Listing_TakesDefaultsAndGivenValues()
    {
        var spec = ScenarioLoader.LoadText(WithSearch("{rule: listing, pageSize: 20, sortMix: {newest: 0.6, mostTasks: 0.3, reward: 0.1}, batchShare: 0.5}"), "ok.yaml");
        var search = spec.Platforms.Single(p => p.Kind == PlatformKind.OpenMarketplace).Search;
        Assert.Equal(new SearchSpec(SearchRule.Listing, PageSize: 20, NewestShare: 0.6, MostTasksShare: 0.3, RewardShare: 0.1, BatchShare: 0.5), search);
    }

    [Theory]
    [InlineData("{rule: listed}", "rule")]
    [InlineData("{pageSize: 10}", "rule")]
    [InlineData("{rule: listing, pageSize: 0}", "pageSize")]
    [InlineData("{rule: listing, batchShare: 1.5}", "batchShare")]
    [InlineData("{rule: listing, sortMix: {newest: 0.5, mostTasks: 0.5, reward: 0.5}}", "add up to 1")]
    [InlineData("{rule: listing, pages: 2}", "pages")]
    public void Search_BadValue_IsReportedWithItsPlace(string search, string expected)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(WithSearch(search), "bad.yaml"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(error.Errors, e => e.Line == 14 && e.Column > 0);
    }
}
