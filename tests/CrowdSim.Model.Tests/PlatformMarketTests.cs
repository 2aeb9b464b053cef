using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Tests;

public class PlatformMarketTests
{
    private const int Crowd = 1;
    private const int Tasklane = 0;
    private const int Kenya = 1;
    private const long Minute = 60_000;

    private static readonly ScenarioSpec Spec = new ScenarioBuilder().AbandonShare(0).Build();

    private static PlatformMarket CrowdMarket()
    {
        var market = new PlatformMarket(Spec, Crowd, workersPerCohort: 10);
        market.SetVendorRates(Tasklane, new Vendors.VendorBook(Spec, Tasklane).Rates);
        return market;
    }

    private static PostedTask BboxTask(long id, long postedMs) => new(id, postedMs, 0, Tasklane, 0, Money.FromUsd(0.45), -1);

    private static WorkerClaim KenyanClaim(int worker, long atMs, double reservation, ulong tieBreak = 0) =>
        new(worker, atMs, tieBreak, Kenya, reservation, Speed: 1.0, ErrorRate: 0.0, SessionEndMs: atMs + (60 * Minute));

    [Fact]
    public void Accept_WhenPayBelowReservationWage_Declines()
    {
        var market = CrowdMarket();
        market.Enqueue([BboxTask(1, 0)]);
        // bbox pays 0.07 per 2-minute task in Kenya = 2.10 USD/h
        market.AddClaims([KenyanClaim(worker: 3, atMs: Minute, reservation: 2.5)]);
        var result = market.RunTick(0, 15 * Minute);
        var outcome = Assert.Single(result.OutcomesByCohort.Single().Outcomes);
        Assert.Equal(OutcomeKind.SessionEnded, outcome.Kind);
        Assert.Equal(Minute, outcome.EndMs);
        Assert.Equal(1, result.Queues[0].BacklogEnd);
    }

    [Fact]
    public void Accept_WhenPayBeatsReservationWage_TakesTheTaskAndIsPaid()
    {
        var market = CrowdMarket();
        market.Enqueue([BboxTask(1, 7 * Minute)]);
        market.AddClaims([KenyanClaim(worker: 3, atMs: 11 * Minute, reservation: 1.0)]);
        var result = market.RunTick(0, 60 * Minute);
        var outcomes = result.OutcomesByCohort.Single().Outcomes;
        Assert.Equal(OutcomeKind.Approved, outcomes[0].Kind);
        Assert.Equal(11 * Minute, outcomes[0].StartMs);
        Assert.Equal(Money.FromUsd(0.07), outcomes[0].PayMicros);
        Assert.Equal(OutcomeKind.SessionEnded, outcomes[1].Kind); // queue empty after the task
        Assert.Equal(4 * Minute, result.Queues[0].WaitSumMs);
        // Vendor keeps the contract price less pay (fee is 0 on this platform).
        Assert.Equal(Money.FromUsd(0.45 - 0.07), result.Money.MarginByVendor[Tasklane]);
    }

    [Fact]
    public void RunTick_WhenClaimsArriveInAnyOrder_GivesTheSameOutcome()
    {
        WorkerOutcome[] Run(bool reversed)
        {
            var market = CrowdMarket();
            market.Enqueue([BboxTask(1, 0)]);
            WorkerClaim[] claims = [KenyanClaim(4, 5 * Minute, 1.0, tieBreak: 9), KenyanClaim(5, 5 * Minute, 1.0, tieBreak: 2)];
            market.AddClaims(reversed ? claims.Reverse() : claims);
            return market.RunTick(0, 15 * Minute).OutcomesByCohort.Single().Outcomes;
        }

        var forward = Run(false);
        Assert.Equal(forward, Run(true));
        // Same millisecond: the lower tie-break key goes first and gets the only task.
        Assert.Equal(5, forward.First(o => o.Kind == OutcomeKind.Approved).WorkerId);
    }

    [Fact]
    public void RunTick_WhenTaskExpiresUntaken_RefundsTheLab()
    {
        var spec = new ScenarioBuilder().AbandonShare(0).ExpiryHours(0.1).Build(); // 6 minutes
        var market = new PlatformMarket(spec, Crowd, 10);
        market.SetVendorRates(Tasklane, new Vendors.VendorBook(spec, Tasklane).Rates);
        market.Enqueue([BboxTask(1, 0)]);
        var result = market.RunTick(0, 15 * Minute);
        Assert.Equal(1, result.Queues[0].Expired);
        Assert.Equal(Money.FromUsd(0.45), result.Money.RefundsByLab[0]);
        Assert.Equal(0, result.Money.EscrowHeldEnd);
    }

    [Fact]
    public void RunTick_WorkStraddlingTheTickEnd_IsPaidInTheTickItEnds()
    {
        var market = CrowdMarket();
        market.Enqueue([BboxTask(1, 0)]);
        market.AddClaims([KenyanClaim(3, (15 * Minute) - 1000, 1.0)]); // any task takes at least a second
        var first = market.RunTick(0, 15 * Minute);
        Assert.Empty(first.OutcomesByCohort);
        Assert.Equal(1, first.Queues[0].InServiceEnd);
        Assert.Equal(1, market.WorkersInSession);
        var second = market.RunTick(15 * Minute, 30 * Minute);
        Assert.Equal(OutcomeKind.Approved, second.OutcomesByCohort.Single().Outcomes[0].Kind);
    }
}
