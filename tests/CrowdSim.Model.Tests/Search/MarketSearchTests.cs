using CrowdSim.Model.Scenario;
using CrowdSim.Model.Market;
using CrowdSim.Model.Market.Search;
using static CrowdSim.Model.Tests.Search.SearchWorld;

namespace CrowdSim.Model.Tests.Search;

/// <summary>Beliefs, the review site, favourites, and what a worker does after a task on a listing platform.</summary>
public class MarketSearchTests
{
    [Fact]
    public void Value_WithoutExperience_IsTheAdvertisedHourly()
    {
        var search = new MarketSearch(Spec(2, Listing(siteShare: 0)), MarketPlatform, 2);
        Assert.Equal(3.0, search.Value(5, 0, 3.0));
    }

    [Fact]
    public void Value_BlendsOwnExperienceByTheEvidence()
    {
        var search = new MarketSearch(Spec(2, Listing(siteShare: 0)), MarketPlatform, 2);
        // Three tasks paying 0.50 each in 30 minutes in all: 3 USD/h learnt; with prior 3, weight 0.5.
        for (var k = 0; k < 3; k++)
            search.Memory.Learn(5, 0, Money.FromUsd(0.5), 10 * Minute, reportsToSite: false);
        Assert.Equal((0.5 * 6.0) + (0.5 * 3.0), search.Value(5, 0, 6.0), 9);
        Assert.Equal(6.0, search.Value(5, 1, 6.0));
    }

    [Fact]
    public void Value_RejectedWorkLowersTheBelief()
    {
        var search = new MarketSearch(Spec(2, Listing(siteShare: 0)), MarketPlatform, 2);
        search.Memory.Learn(5, 0, Money.FromUsd(0.5), 10 * Minute, reportsToSite: false);
        search.Memory.Learn(5, 0, 0, 10 * Minute, reportsToSite: false);
        Assert.Equal(1.5, search.Memory.OwnHourly(5, 0), 9);
    }

    [Fact]
    public void Value_UsesTheReviewSiteOnlyForItsUsersAndOnlyWithoutOwnExperience()
    {
        var search = new MarketSearch(Spec(2, Listing(siteShare: 0.5)), MarketPlatform, 2);
        var user = Enumerable.Range(0, 40).First(search.UsesSite);
        var other = Enumerable.Range(0, 40).First(w => !search.UsesSite(w));
        // Someone reported three tasks of group 1 at 1 USD/h.
        for (var k = 0; k < 3; k++)
            search.Memory.Learn(39 - k, 1, Money.FromUsd(1.0), Hour, reportsToSite: true);
        Assert.Equal(2.0, search.Value(user, 1, 3.0), 9);
        Assert.Equal(3.0, search.Value(other, 1, 3.0));
        // Own experience comes first.
        search.Memory.Learn(user, 1, Money.FromUsd(3.0), Hour, reportsToSite: false);
        Assert.Equal((0.75 * 3.0) + (0.25 * 3.0), search.Value(user, 1, 3.0), 9);
    }

    [Fact]
    public void Memory_ForgetsTheLeastUsedBeliefWhenFull()
    {
        var memory = new SearchMemory(workers: 1, queues: 4, beliefs: 2, favourites: 1);
        memory.Learn(0, 0, 1, Minute, false);
        memory.Learn(0, 0, 1, Minute, false);
        memory.Learn(0, 1, 1, Minute, false);
        memory.Learn(0, 2, 1, Minute, false);
        Assert.Equal(2, memory.Own(0, 0).Tasks);
        Assert.Equal(0, memory.Own(0, 1).Tasks);
        Assert.Equal(1, memory.Own(0, 2).Tasks);
    }

    [Fact]
    public void Rate_KeepsGoodGroupsAsFavouritesAndDropsBadOnes()
    {
        var memory = new SearchMemory(workers: 1, queues: 4, beliefs: 4, favourites: 2);
        memory.Learn(0, 0, Money.FromUsd(2), Hour, false);
        memory.Rate(0, 0, reservation: 1.0);
        memory.Learn(0, 1, Money.FromUsd(3), Hour, false);
        memory.Rate(0, 1, reservation: 1.0);
        Assert.Equal([0, 1], memory.Favourites(0).ToArray());
        // Full: a better group replaces the worst; a worse one does not.
        memory.Learn(0, 2, Money.FromUsd(5), Hour, false);
        memory.Rate(0, 2, reservation: 1.0);
        Assert.Equal([2, 1], memory.Favourites(0).ToArray());
        memory.Learn(0, 3, Money.FromUsd(1.5), Hour, false);
        memory.Rate(0, 3, reservation: 1.0);
        Assert.Equal([2, 1], memory.Favourites(0).ToArray());
        // Group 1 turns out badly: dropped.
        memory.Learn(0, 1, 0, 10 * Hour, false);
        memory.Rate(0, 1, reservation: 1.0);
        Assert.Equal([2, -1], memory.Favourites(0).ToArray());
    }

    // Two groups, 5 tasks each; group 1 pays more. The worker takes group 1 first.
    private static (WorkerOutcome[] Outcomes, PlatformMarket Market) WorkTwoGroups(int worker, double batchShare)
    {
        var spec = Spec(2, Listing(batchShare: batchShare, siteShare: 0));
        var market = new PlatformMarket(spec, MarketPlatform, workersPerCohort: 10);
        market.Enqueue(Enumerable.Range(0, 5).Select(k => Task(k, 0, 0, 0.40)).Concat(Enumerable.Range(0, 5).Select(k => Task(10 + k, 0, 1, 0.50))));
        market.AddClaims([Claim(worker, Minute, reservation: 0.5, sessionMs: 3 * Hour)]);
        var result = market.RunTick(0, 6 * Hour);
        return (OutcomesOf(result, worker), market);
    }

    [Fact]
    public void Batcher_KeepsWorkingTheGroupWithoutSearching()
    {
        var (outcomes, market) = WorkTwoGroups(3, batchShare: 1.0);
        var tasks = outcomes.Where(o => o.Kind == OutcomeKind.Approved).ToArray();
        Assert.True(tasks.Length >= 6, $"only {tasks.Length} tasks");
        // Group 1 first, five tasks back to back, then a search, then group 0.
        Assert.All(tasks[..5], o => Assert.Equal(Money.FromUsd(0.50), o.PayMicros));
        for (var k = 1; k < 5; k++)
            Assert.Equal(tasks[k - 1].EndMs, tasks[k].StartMs);
        // One search when group 1 runs dry, one when group 0 does (it finds nothing: the session ends).
        var searches = outcomes.Where(o => o.Kind == OutcomeKind.Searched).ToArray();
        Assert.Equal(2, searches.Length);
        var search = searches[0];
        Assert.Equal(tasks[4].EndMs, search.StartMs);
        // A search inside a session costs the platform's search-again minutes, not the pool's check search.
        Assert.Equal(ModelDefaults.SearchAgainMinutes * Minute, search.EndMs - search.StartMs);
        Assert.Equal(search.EndMs, tasks[5].StartMs);
        Assert.Equal(Money.FromUsd(0.40), tasks[5].PayMicros);
        Assert.Equal(0, market.Queues[1].Count);
    }

    [Fact]
    public void NonBatcher_SearchesAfterATaskButChecksFavouritesFirst()
    {
        var (outcomes, _) = WorkTwoGroups(3, batchShare: 0.0);
        var tasks = outcomes.Where(o => o.Kind == OutcomeKind.Approved).ToArray();
        // The first task (group 1, 3 USD/h ≥ 0.5) makes group 1 a favourite: the next ones come from it, free.
        for (var k = 1; k < 5; k++)
            Assert.Equal(tasks[k - 1].EndMs, tasks[k].StartMs);
        Assert.Equal(tasks[4].EndMs, outcomes.First(o => o.Kind == OutcomeKind.Searched).StartMs);
        Assert.Equal(2, outcomes.Count(o => o.Kind == OutcomeKind.Searched));
    }

    [Fact]
    public void NonBatcher_WithoutFavourites_PaysASearchAfterEveryTask()
    {
        var spec = Spec(2, Listing(batchShare: 0, siteShare: 0) with { Favourites = 0 });
        var market = new PlatformMarket(spec, MarketPlatform, workersPerCohort: 10);
        market.Enqueue(Enumerable.Range(0, 3).Select(k => Task(k, 0, 1, 0.50)));
        market.AddClaims([Claim(3, Minute, reservation: 0.5, sessionMs: 3 * Hour)]);
        var outcomes = OutcomesOf(market.RunTick(0, 6 * Hour), 3);
        Assert.Equal(
            [OutcomeKind.Approved, OutcomeKind.Searched, OutcomeKind.Approved, OutcomeKind.Searched, OutcomeKind.Approved, OutcomeKind.Searched, OutcomeKind.SessionEnded],
            outcomes.Select(o => o.Kind));
    }

    /// <summary>The first task a lone worker takes when the newer group pays 0.40 and the older 0.50, the listing sorted by newest only.</summary>
    private static long FirstPay(double satisficeShare)
    {
        var search = new SearchSpec(SearchRule.Listing, NewestShare: 1, MostTasksShare: 0, RewardShare: 0, BatchShare: 0, ReviewSiteShare: 0, SatisficeShare: satisficeShare);
        var market = new PlatformMarket(Spec(2, search), MarketPlatform, workersPerCohort: 10);
        market.Enqueue([Task(0, 0, 1, 0.50), Task(1, 10 * Minute, 0, 0.40)]);
        market.AddClaims([Claim(0, 20 * Minute, reservation: 0.5, sessionMs: 30 * Minute)]);
        return OutcomesOf(market.RunTick(0, Hour), 0).First(o => o.Kind == OutcomeKind.Approved).PayMicros;
    }

    [Fact]
    public void Satisficer_TakesTheFirstAcceptableGroupOfTheListing_AComparerTheBestOfThePage()
    {
        Assert.Equal(Money.FromUsd(0.40), FirstPay(satisficeShare: 1));
        Assert.Equal(Money.FromUsd(0.50), FirstPay(satisficeShare: 0));
    }
}
