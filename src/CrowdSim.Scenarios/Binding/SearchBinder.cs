using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>Binds a platform's <c>search:</c> (issue 15): how crowd workers find work there.</summary>
internal static class SearchBinder
{
    public const string Perfect = "perfect";
    public const string Listing = "listing";

    public static readonly string[] Keys =
        ["rule", "pageSize", "sortMix", "batchShare", "reviewSiteShare", "favourites", "beliefs", "priorTasks", "searchAgainMinutes", "satisficeShare"];

    private static readonly string[] SortKeys = ["newest", "mostTasks", "reward"];
    private static readonly string[] Rules = [Perfect, Listing];

    public static SearchSpec Bind(NodeReader? search)
    {
        if (search is null)
            return SearchSpec.Perfect;
        var rule = search.RequiredChoice("rule", Rules) == Listing ? SearchRule.Listing : SearchRule.Perfect;
        var spec = new SearchSpec(rule);
        spec = spec with
        {
            PageSize = (int)(search.Integer("pageSize", Limits.Between(1, 1000)) ?? spec.PageSize),
            BatchShare = search.Value("batchShare", Formats.Share) ?? spec.BatchShare,
            ReviewSiteShare = search.Value("reviewSiteShare", Formats.Share) ?? spec.ReviewSiteShare,
            Favourites = (int)(search.Integer("favourites", Limits.Between(0, 64)) ?? spec.Favourites),
            Beliefs = (int)(search.Integer("beliefs", Limits.Between(1, 256)) ?? spec.Beliefs),
            PriorTasks = search.Number("priorTasks", Limits.Positive) ?? spec.PriorTasks,
            SearchAgainMinutes = search.Number("searchAgainMinutes", Limits.NonNegative) ?? spec.SearchAgainMinutes,
            SatisficeShare = search.Value("satisficeShare", Formats.Share) ?? spec.SatisficeShare,
        };
        if (search.Mapping("sortMix", SortKeys) is { } mix)
        {
            var newest = mix.RequiredValue("newest", Formats.Share) ?? spec.NewestShare;
            var most = mix.RequiredValue("mostTasks", Formats.Share) ?? spec.MostTasksShare;
            var reward = mix.RequiredValue("reward", Formats.Share) ?? spec.RewardShare;
            if (Math.Abs(newest + most + reward - 1) > 1e-9)
                search.Report(mix.Node, "sortMix", $"the shares of newest, mostTasks and reward must add up to 1, got {newest + most + reward:0.###}");
            spec = spec with { NewestShare = newest, MostTasksShare = most, RewardShare = reward };
        }
        return spec;
    }
}
