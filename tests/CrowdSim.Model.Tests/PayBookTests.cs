using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;
using CrowdSim.Model.Vendors;
using static CrowdSim.Model.Tests.SimulationRun;

namespace CrowdSim.Model.Tests;

/// <summary>What a task pays, on the managed crowd (tasklane's bbox: US 0.40, Kenya 0.07 a 2-minute task; tasks expire after 24 h).</summary>
public class PayBookTests
{
    private const int Market = 0;
    private const int Crowd = 1;
    private const int Tasklane = 0;
    private const int Bbox = 0;
    private const int Us = 0;
    private const int Kenya = 1;
    private const long Hour = SimTime.MsPerHour;

    private static readonly ScenarioSpec Plain = new ScenarioBuilder().Build();

    private static ScenarioSpec WithWagePolicy(WagePolicySpec policy) =>
        Plain with { Vendors = [Plain.Vendors[Tasklane] with { WagePolicy = policy }] };

    private static PayBook CrowdBook(ScenarioSpec spec, params ScenarioEvent[] events)
    {
        var policies = new PlatformPolicies(spec, notifications: false);
        var book = new PayBook(spec, Crowd, policies);
        book.SetVendorRates(Tasklane, new VendorBook(spec, Tasklane).Rates);
        foreach (var e in events)
        {
            if (e is PolicyChange policy)
                policies.Apply(policy);
            else if (e is WageChange change)
                book.Apply(change);
        }
        return book;
    }

    /// <summary>Tasklane's bbox queue holding <paramref name="waiting"/> tasks posted at 0 (the first is returned).</summary>
    private static (TaskQueue Queue, PostedTask Task) BboxQueue(int waiting = 1)
    {
        var queue = new TaskQueue(0, new QueueKey(-1, Tasklane, Bbox), SimTime.FromHours(24));
        for (var id = 1; id <= waiting; id++)
            queue.Arrive(new PostedTask(id, 0, 0, Tasklane, Bbox, 450_000, -1));
        return (queue, queue.Head);
    }

    private static WageChange PlatformWageChange(string? region, double? factor = null, double? rateUsd = null) =>
        new(0, null, "crowd", region, "bbox", factor, rateUsd);

    [Fact]
    public void PayFor_FixedRates_PaysTheVendorsPieceRateForTheRegion()
    {
        var book = CrowdBook(Plain);
        var (queue, task) = BboxQueue();
        Assert.Equal(400_000, book.PayFor(queue, task, Us, 0));
        Assert.Equal(70_000, book.PayFor(queue, task, Kenya, 0));
    }

    [Fact]
    public void PayFor_WhenVendorHasNoRatesYet_IsNotOffered()
    {
        var book = new PayBook(Plain, Crowd, new PlatformPolicies(Plain, false));
        var (queue, task) = BboxQueue();
        Assert.Equal(-1, book.PayFor(queue, task, Kenya, 0));
    }

    [Fact]
    public void PayFor_CheapestFirst_OffersAFreshTaskOnlyToTheCheapestRegion()
    {
        var book = CrowdBook(WithWagePolicy(new WagePolicySpec(WagePolicyKind.CheapestFirst, 1.0, 1, 0)));
        var (queue, task) = BboxQueue();
        Assert.Equal(70_000, book.PayFor(queue, task, Kenya, 0));
        Assert.Equal(-1, book.PayFor(queue, task, Us, 0));
        Assert.Equal(-1, book.PayFor(queue, task, Us, Hour - 1));
        Assert.Equal(400_000, book.PayFor(queue, task, Us, Hour));
    }

    [Fact]
    public void PayFor_Surge_RisesWithAgeToTheMaximumAtTheDeadline()
    {
        var book = CrowdBook(WithWagePolicy(new WagePolicySpec(WagePolicyKind.Surge, 0, 2, 100)));
        var (queue, task) = BboxQueue();
        // One task waiting out of a backlog scale of 100: the backlog part is 0.01.
        Assert.Equal(70_700, book.PayFor(queue, task, Kenya, 0));
        Assert.Equal(105_000, book.PayFor(queue, task, Kenya, 12 * Hour));
        Assert.Equal(140_000, book.PayFor(queue, task, Kenya, 24 * Hour));
        var byHour = Enumerable.Range(0, 25).Select(h => book.PayFor(queue, task, Kenya, h * Hour)).ToArray();
        Assert.Equal(byHour.Order(), byHour);
    }

    [Fact]
    public void PayFor_Surge_WhenTheBacklogIsFull_PaysTheMaximumAtOnce()
    {
        var book = CrowdBook(WithWagePolicy(new WagePolicySpec(WagePolicyKind.Surge, 0, 2, 100)));
        var (queue, task) = BboxQueue(waiting: 100);
        Assert.Equal(140_000, book.PayFor(queue, task, Kenya, 0));
    }

    [Fact]
    public void PayFor_PayFloorForOneRegion_RaisesPayToFloorTimesMeanMinutesThereOnly()
    {
        var book = CrowdBook(Plain, Policy(PolicyKind.PayFloor, usdPerHour: 3.0, region: "kenya"));
        var (queue, task) = BboxQueue();
        // 3.00 USD/h × 2 minutes = 0.10 a task
        Assert.Equal(100_000, book.PayFor(queue, task, Kenya, 0));
        Assert.Equal(400_000, book.PayFor(queue, task, Us, 0));
    }

    [Fact]
    public void PayFor_PayFloorEverywhere_LeavesPayAboveTheFloorAlone()
    {
        var book = CrowdBook(Plain, Policy(PolicyKind.PayFloor, usdPerHour: 3.0));
        var (queue, task) = BboxQueue();
        Assert.Equal(100_000, book.PayFor(queue, task, Kenya, 0));
        Assert.Equal(400_000, book.PayFor(queue, task, Us, 0));
    }

    [Fact]
    public void FeeOn_UnderAFeeCap_ChargesTheLowerShare()
    {
        var policies = new PlatformPolicies(Plain, false);
        var book = new PayBook(Plain, Market, policies);
        Assert.Equal(200_000, book.FeeOn(1_000_000));
        policies.Apply(Policy(PolicyKind.FeeCap, share: 0.05));
        Assert.Equal(50_000, book.FeeOn(1_000_000));
        policies.Apply(Policy(PolicyKind.FeeCap, share: 0.5));
        Assert.Equal(200_000, book.FeeOn(1_000_000));
    }

    [Fact]
    public void Apply_WageChangeWithARate_OverridesTheRateInThatRegionOnly()
    {
        var book = CrowdBook(Plain, PlatformWageChange("kenya", rateUsd: 0.10));
        var (queue, task) = BboxQueue();
        Assert.Equal(100_000, book.PayFor(queue, task, Kenya, 0));
        Assert.Equal(400_000, book.PayFor(queue, task, Us, 0));
    }

    [Fact]
    public void Apply_WageChangeWithAFactor_MultipliesAndCompounds()
    {
        var book = CrowdBook(Plain, PlatformWageChange(null, factor: 1.5), PlatformWageChange("us", factor: 2.0));
        var (queue, task) = BboxQueue();
        Assert.Equal(105_000, book.PayFor(queue, task, Kenya, 0));
        Assert.Equal(1_200_000, book.PayFor(queue, task, Us, 0));
    }

    [Fact]
    public void Apply_FactorAfterARate_MultipliesTheRate_AndARateAfterAFactorReplacesBoth()
    {
        var (queue, task) = BboxQueue();
        var rateThenFactor = CrowdBook(Plain, PlatformWageChange("kenya", rateUsd: 0.10), PlatformWageChange("kenya", factor: 2.0));
        Assert.Equal(200_000, rateThenFactor.PayFor(queue, task, Kenya, 0));
        var factorThenRate = CrowdBook(Plain, PlatformWageChange("kenya", factor: 2.0), PlatformWageChange("kenya", rateUsd: 0.10));
        Assert.Equal(100_000, factorThenRate.PayFor(queue, task, Kenya, 0));
    }

    [Fact]
    public void Apply_WageChangeOnTheVendorsWork_DoesNotOfferItWhereTheVendorDoesNot()
    {
        var spec = Plain with { Vendors = [Plain.Vendors[Tasklane] with { PieceRates = [new PieceRate("bbox", "kenya", 0.07)] }] };
        var book = CrowdBook(spec, PlatformWageChange(null, rateUsd: 0.50));
        var (queue, task) = BboxQueue();
        Assert.Equal(500_000, book.PayFor(queue, task, Kenya, 0));
        Assert.Equal(-1, book.PayFor(queue, task, Us, 0));
    }

    [Fact]
    public void PayFor_ADirectPosting_PaysItsRewardTimesAnyFactor()
    {
        var book = new PayBook(Plain, Market, new PlatformPolicies(Plain, false));
        book.Apply(new WageChange(0, null, "market", null, "rating", 1.1, null));
        var queue = new TaskQueue(0, new QueueKey(0, -1, 1), SimTime.FromHours(24));
        var task = new PostedTask(1, 0, 0, -1, 1, 1_800_000, 1_500_000);
        queue.Arrive(task);
        Assert.Equal(1_650_000, book.PayFor(queue, task, Us, 0));
    }
}
