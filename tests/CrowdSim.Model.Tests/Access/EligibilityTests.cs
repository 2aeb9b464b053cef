using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Tests.Access;

public class EligibilityTests
{
    private const int Us = 0;
    private const int Kenya = 1;

    private static (PlatformMarket Market, TaskQueue Queue, PostedTask Task) OneRequesterQueue(RegionRestrictionSpec? restrict, ApprovalGateSpec? gate)
    {
        var spec = AccessScenarios.OpenMarket().WithAccess(restrict, gate);
        var market = new PlatformMarket(spec, 0, 1000);
        var queue = market.Queues.First(q => q.Key.Requester >= 0);
        var task = new PostedTask(1, 0, 0, -1, queue.Key.TaskType, Money.FromUsd(1.2), Money.FromUsd(1.0), queue.Key.Requester);
        return (market, queue, task);
    }

    private static WorkerClaim Claim(int region, long approved) => new(1, 0, 0, region, 0, 1, 0, long.MaxValue, Approved: approved);

    [Fact]
    public void PayFor_RestrictedToUs_RefusesKenya_AndPaysUs()
    {
        var (market, queue, task) = OneRequesterQueue(new RegionRestrictionSpec(["us"], 1.0), null);

        Assert.Equal(-1, market.Pay.PayFor(queue, task, Claim(Kenya, 0), 0));
        Assert.Equal(Money.FromUsd(1.0), market.Pay.PayFor(queue, task, Claim(Us, 0), 0));
    }

    [Fact]
    public void PayFor_GatedAt1000_RefusesBelow_AndAllowsAtAndAbove()
    {
        var (market, queue, task) = OneRequesterQueue(null, new ApprovalGateSpec(1000, 1.0));

        Assert.Equal(-1, market.Pay.PayFor(queue, task, Claim(Us, 999), 0));
        Assert.Equal(Money.FromUsd(1.0), market.Pay.PayFor(queue, task, Claim(Us, 1000), 0));
        Assert.Equal(Money.FromUsd(1.0), market.Pay.PayFor(queue, task, Claim(Kenya, 5000), 0));
    }

    [Fact]
    public void PayFor_WithoutAccessRules_IsTheRegionPay()
    {
        var (market, queue, task) = OneRequesterQueue(null, null);

        Assert.False(market.Pay.Eligibility.AnyRestriction);
        Assert.Equal(market.Pay.PayFor(queue, task, Kenya, 0), market.Pay.PayFor(queue, task, Claim(Kenya, 0), 0));
    }

    [Fact]
    public void RequesterAccess_Share_IsDrawnPerRequester_AndTheSameOnEveryCall()
    {
        var spec = AccessScenarios.OpenMarket().WithAccess(new RegionRestrictionSpec(["us"], 0.4), new ApprovalGateSpec(1000, 0.19));
        var access = Enumerable.Range(0, 60).Select(r => RequesterAccess.For(spec, 0, 0, r)).ToArray();
        var again = Enumerable.Range(0, 60).Select(r => RequesterAccess.For(spec, 0, 0, r)).ToArray();

        Assert.Equal(access.Select(a => (a.Regions?.Count, a.MinApproved)), again.Select(a => (a.Regions?.Count, a.MinApproved)));
        var restricted = access.Count(a => a.Regions is not null);
        var gated = access.Count(a => a.MinApproved > 0);
        Assert.InRange(restricted, 12, 36);
        Assert.InRange(gated, 3, 24);
        Assert.All(access.Where(a => a.Regions is not null), a => Assert.Equal([Us], a.Regions!));
    }
}
