using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using static CrowdSim.Model.Tests.Search.SearchWorld;

namespace CrowdSim.Model.Tests.Search;

/// <summary>
/// Direction (issue 15, item 2): two otherwise identical requesters, one paying 10% more, both posting
/// more than the crowd can take, among 38 others who post as much and pay less. Under perfect information the dearer one takes all
/// the work; with a listing, search frictions, batches and loyalty leave the cheaper one a share, so
/// the elasticity of tasks taken with respect to pay is positive but finite.
/// </summary>
public class SearchMonopsonyTests
{
    private const int Requesters = 40;
    private const int Cheap = 0;
    private const int Dear = 1;

    private static (int Cheap, int Dear) TasksTaken(SearchSpec search)
    {
        var spec = Spec(Requesters, search, expiryHours: 2);
        var market = new PlatformMarket(spec, MarketPlatform, workersPerCohort: 40, recordTaskEvents: true);
        var taken = new int[Requesters];
        long id = 0;
        const long tick = 15 * Minute;
        for (var start = 0L; start < 24 * Hour; start += tick)
        {
            var tasks = new List<PostedTask>();
            for (var r = 0; r < Requesters; r++)
            {
                // Every requester posts a task every 20 s, at staggered times (the twins at the same
                // moments, so neither is the newer); the others pay 0.20-0.45.
                const long every = 20_000;
                var reward = r == Cheap ? 0.50 : r == Dear ? 0.55 : 0.20 + (0.25 * (r - 2) / (Requesters - 3));
                var offset = (r == Dear ? Cheap : r) * 500;
                for (var at = start + offset; at < start + tick; at += every)
                    tasks.Add(Task(id++, at, r, reward));
            }
            market.Enqueue(tasks);
            // Each worker checks in every 3 hours (staggered, off the posting cycle) for a 2-hour session.
            var claims = Enumerable.Range(0, 40)
                .Select(w => (Worker: w, At: (w * 4 * Minute) + (w * 7_919) + (3 * Hour * (((start - (w * 4 * Minute) - (w * 7_919)) / (3 * Hour)) + 1))))
                .Where(c => c.At >= start && c.At < start + tick)
                .Select(c => Claim(c.Worker, c.At, reservation: 0.8, sessionMs: 2 * Hour));
            market.AddClaims(claims.ToArray());
            foreach (var e in market.RunTick(start, start + tick).TaskEvents)
            {
                if (e.Kind == TaskEventKind.Taken)
                    taken[e.Lab]++;
            }
        }
        return (taken[Cheap], taken[Dear]);
    }

    private static double Elasticity((int Cheap, int Dear) taken) => Math.Log((double)taken.Dear / taken.Cheap) / Math.Log(1.1);

    [Fact]
    public void PerfectInformation_TheDearerTwinTakesAllTheWork()
    {
        var (cheap, dear) = TasksTaken(SearchSpec.Perfect);
        Assert.True(dear > 500, $"dear {dear}");
        Assert.Equal(0, cheap);
    }

    [Fact]
    public void Listing_SupplyToTheDearerTwinIsInelasticButNotZero()
    {
        var perfect = TasksTaken(SearchSpec.Perfect);
        var listing = TasksTaken(new SearchSpec(SearchRule.Listing));
        var elasticity = Elasticity(listing);
        Console.WriteLine($"listing: cheap {listing.Cheap}, dear {listing.Dear}, elasticity {elasticity:0.00}; perfect: cheap {perfect.Cheap}, dear {perfect.Dear}");
        Assert.True(listing.Dear > listing.Cheap && listing.Cheap > 0, $"cheap {listing.Cheap}, dear {listing.Dear}");
        Assert.InRange(elasticity, 0.0, 50.0);
        // Perfect information: the cheaper twin gets nothing, an infinite elasticity.
        Assert.True(perfect.Cheap == 0 || Elasticity(perfect) > elasticity);
    }
}
