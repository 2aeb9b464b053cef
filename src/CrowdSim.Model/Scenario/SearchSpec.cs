namespace CrowdSim.Model.Scenario;

/// <summary>
/// How crowd workers find work on a platform (docs/MODEL.md, "Search"). Under
/// <see cref="SearchRule.Listing"/> each search picks a sort order from the mix
/// (<paramref name="NewestShare"/>, <paramref name="MostTasksShare"/>, the rest by highest reward),
/// and the worker sees the first page(s) of <paramref name="PageSize"/> groups of it.
/// </summary>
/// <param name="Rule">Perfect information (today's rule) or a listing.</param>
/// <param name="PageSize">Groups per page of the listing.</param>
/// <param name="NewestShare">Share of searches sorted by the newest post.</param>
/// <param name="MostTasksShare">Share of searches sorted by most tasks available.</param>
/// <param name="RewardShare">Share of searches sorted by highest reward per task.</param>
/// <param name="BatchShare">Share of workers who keep working a group after a task while it has acceptable work.</param>
/// <param name="ReviewSiteShare">Share of workers who consult (and report to) a shared requester review site.</param>
/// <param name="Favourites">Groups a worker remembers as good and checks first, free.</param>
/// <param name="Beliefs">Groups a worker remembers their own experience of (the least-used is forgotten first).</param>
/// <param name="PriorTasks">Tasks of evidence at which a belief weighs as much as the advertised pay.</param>
/// <param name="SearchAgainMinutes">Unpaid minutes a search inside a session takes.</param>
/// <param name="SatisficeShare">Share of workers who take the first acceptable group of the listing rather than the best of the page.</param>
public sealed record SearchSpec(
    SearchRule Rule,
    int PageSize = ModelDefaults.SearchPageSize,
    double NewestShare = ModelDefaults.SearchNewestShare,
    double MostTasksShare = ModelDefaults.SearchMostTasksShare,
    double RewardShare = ModelDefaults.SearchRewardShare,
    double BatchShare = ModelDefaults.SearchBatchShare,
    double ReviewSiteShare = ModelDefaults.SearchReviewSiteShare,
    int Favourites = ModelDefaults.SearchFavourites,
    int Beliefs = ModelDefaults.SearchBeliefs,
    double PriorTasks = ModelDefaults.SearchPriorTasks,
    double SearchAgainMinutes = ModelDefaults.SearchAgainMinutes,
    double SatisficeShare = ModelDefaults.SearchSatisficeShare)
{
    /// <summary>Today's rule: every worker sees every open group.</summary>
    public static readonly SearchSpec Perfect = new(SearchRule.Perfect);
}
