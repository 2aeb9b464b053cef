using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Tests.Search;

/// <summary>
/// An open marketplace ("market", platform 0) with <c>n</c> requesters, each a lab posting 10-minute
/// rating tasks directly (queue r = requester r), and the test world's US pool (workers 0-39) on it.
/// </summary>
internal static class SearchWorld
{
    public const int MarketPlatform = 0;
    public const int Rating = 1;
    public const long Minute = 60_000;
    public const long Hour = 60 * Minute;

    public static ScenarioSpec Spec(int requesters, SearchSpec search, double expiryHours = 24, int usWorkers = 40)
    {
        var spec = new ScenarioBuilder().AbandonShare(0).ExpiryHours(expiryHours).Workers(usWorkers, 0).Build();
        var labs = Enumerable.Range(0, requesters)
            .Select(r => new LabSpec($"r{r}", 0, [new DemandSpec("rating", null, "market", 10, 1.5, 0, 12, 1, 0, 0, 1.5, 0)]))
            .ToArray();
        return spec with
        {
            Platforms = [spec.Platforms[MarketPlatform] with { Search = search }, spec.Platforms[1]],
            Labs = labs,
            Vendors = [],
            WorkerPools = [spec.WorkerPools[0] with { Platforms = ["market"] }],
        };
    }

    public static SearchSpec Listing(int pageSize = 10, double batchShare = 0.61, double siteShare = 0.6) =>
        new(SearchRule.Listing, PageSize: pageSize, BatchShare: batchShare, ReviewSiteShare: siteShare);

    /// <summary>A rating task of requester <paramref name="r"/> paying <paramref name="rewardUsd"/>.</summary>
    public static PostedTask Task(long id, long postedMs, int r, double rewardUsd) =>
        new(id, postedMs, r, -1, Rating, Money.FromUsd(rewardUsd * 1.25), Money.FromUsd(rewardUsd), -1);

    public static WorkerClaim Claim(int worker, long atMs, double reservation = 1.0, long sessionMs = 4 * Hour) =>
        new(worker, atMs, (ulong)worker, 0, reservation, Speed: 1.0, ErrorRate: 0.0, SessionEndMs: atMs + sessionMs);

    public static WorkerOutcome[] OutcomesOf(PlatformTickResult result, int worker) =>
        result.OutcomesByCohort.SelectMany(c => c.Outcomes).Where(o => o.WorkerId == worker).ToArray();
}
