using CrowdSim.Model.Market;
using CrowdSim.Model.Market.Search;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Vendors;
using static CrowdSim.Model.Tests.Search.SearchWorld;

namespace CrowdSim.Model.Tests.Search;

/// <summary>The listing a worker sees: sort orders, the page cut-off, and only groups offered to their region.</summary>
public class ListingTests
{
    // r0: 5 tasks at 0:00 paying 0.30; r1: 1 task at 0:10 paying 0.40; r2: 3 tasks at 0:05 paying 0.50.
    private static (PlatformMarket Market, long[] LastPosted) ThreeGroups()
    {
        var market = new PlatformMarket(Spec(3, Listing()), MarketPlatform, workersPerCohort: 10);
        var tasks = Enumerable.Range(0, 5).Select(k => Task(k, 0, 0, 0.30))
            .Append(Task(10, 10 * Minute, 1, 0.40))
            .Concat(Enumerable.Range(0, 3).Select(k => Task(20 + k, 5 * Minute, 2, 0.50)));
        market.Enqueue(tasks);
        market.RunTick(0, 15 * Minute);
        return (market, [0, 10 * Minute, 5 * Minute]);
    }

    // A crowd worker of the region with no access history: only the region decides what is offered.
    private static WorkerClaim ClaimIn(int region) => new(0, 15 * Minute, 0, region, 0, 1, 0, long.MaxValue);

    private static int[] PageOf(PlatformMarket market, long[] lastPosted, SortOrder order, int count, int region = 0)
    {
        var page = new List<TaskQueue>();
        new Listing(market.Queues.Count).Page(market, market.OccupiedQueuesAt(15 * Minute), lastPosted, ClaimIn(region), 15 * Minute, order, count, page);
        return page.Select(q => q.Index).ToArray();
    }

    [Theory]
    [InlineData(0, new[] { 1, 2, 0 })] // newest
    [InlineData(1, new[] { 0, 2, 1 })] // most tasks
    [InlineData(2, new[] { 2, 1, 0 })] // reward
    public void Page_SortsGroupsByTheOrder(int order, int[] expected)
    {
        var (market, lastPosted) = ThreeGroups();
        Assert.Equal(expected, PageOf(market, lastPosted, (SortOrder)order, 10));
    }

    [Fact]
    public void Page_IsCutAtTheGroupsSeen()
    {
        var (market, lastPosted) = ThreeGroups();
        Assert.Equal([1, 2], PageOf(market, lastPosted, SortOrder.Newest, 2));
        Assert.Equal([0], PageOf(market, lastPosted, SortOrder.MostTasks, 1));
    }

    [Fact]
    public void Page_BreaksTiesByTheSearchesDraw()
    {
        var market = new PlatformMarket(Spec(3, Listing()), MarketPlatform, workersPerCohort: 10);
        market.Enqueue([Task(1, 0, 2, 0.3), Task(2, 0, 1, 0.3), Task(3, 0, 0, 0.3)]);
        market.RunTick(0, 15 * Minute);
        var firsts = new HashSet<int>();
        for (var salt = 0UL; salt < 30; salt++)
        {
            var page = new List<TaskQueue>();
            new Listing(3).Page(market, market.OccupiedQueuesAt(15 * Minute), [0, 0, 0], ClaimIn(0), 15 * Minute, SortOrder.Reward, 1, page, salt);
            firsts.Add(Assert.Single(page).Index);
        }
        Assert.Equal([0, 1, 2], firsts.Order());
    }

    [Fact]
    public void Page_ListsOnlyGroupsOfferedToTheWorkersRegion()
    {
        // The vendor pays bbox in the US only: a Kenyan worker does not see its group.
        var spec = new ScenarioBuilder().Build();
        spec = spec with
        {
            Vendors = [spec.Vendors[0] with { PieceRates = [new PieceRate("bbox", "us", 0.40)] }],
            Platforms = [spec.Platforms[0], spec.Platforms[1] with { Search = Listing() }],
        };
        var market = new PlatformMarket(spec, 1, workersPerCohort: 10);
        market.SetVendorRates(0, new VendorBook(spec, 0).Rates);
        market.Enqueue([new PostedTask(1, 0, 0, 0, 0, 450_000, -1)]);
        market.RunTick(0, 15 * Minute);
        var lastPosted = new long[market.Queues.Count];
        Assert.Equal([0], PageOf(market, lastPosted, SortOrder.Newest, 10, region: 0));
        Assert.Empty(PageOf(market, lastPosted, SortOrder.Newest, 10, region: 1));
    }

    [Fact]
    public void DrawOrder_FollowsTheMix()
    {
        var spec = Spec(1, Listing());
        var search = new MarketSearch(spec, MarketPlatform, 1);
        var orders = Enumerable.Range(0, 4000).Select(k => search.DrawOrder(k % 40, k * Minute)).ToArray();
        Assert.InRange(orders.Count(o => o == SortOrder.Newest) / 4000.0, 0.47, 0.53);
        Assert.InRange(orders.Count(o => o == SortOrder.MostTasks) / 4000.0, 0.32, 0.38);
        Assert.InRange(orders.Count(o => o == SortOrder.Reward) / 4000.0, 0.13, 0.17);
    }
}
