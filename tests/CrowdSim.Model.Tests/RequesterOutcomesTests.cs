using CrowdSim.Model.Labs;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Testing;

namespace CrowdSim.Model.Tests;

/// <summary>requesters.csv's content: one outcome per drawn requester, with the pay and share the lab drew and its own queue's counts.</summary>
public class RequesterOutcomesTests
{
    private static ScenarioSpec WithRequesters()
    {
        var spec = new ScenarioBuilder().Days(2).Build();
        var lab = spec.Labs[0];
        var rating = lab.Demand[1] with { Requesters = new RequestersSpec(12, 6.0, 0.8, 1.0, -0.5) };
        return spec with { Labs = [lab with { Demand = [lab.Demand[0], rating] }] };
    }

    [Fact]
    public void Rows_AreOnePerRequester_WithTheDrawnPayAndTheirQueuesCounts()
    {
        var spec = WithRequesters();
        var (_, totals, _) = SimulationRun.Of(spec, 7);
        var outcomes = RequesterOutcomes.Of(spec, totals);

        Assert.Equal(12, outcomes.Count);
        var drawn = new LabDemand(spec, 0).Requesters(1);
        Assert.Equal(drawn.Select(p => (p.HourlyPayUsd, p.Weight, p.RewardMicros)), outcomes.Select(o => (o.HourlyPayUsd, o.Weight, o.RewardMicros)));
        Assert.Equal(Enumerable.Range(0, 12), outcomes.Select(o => o.Requester));
        Assert.Equal(1.0, outcomes.Sum(o => o.Weight), 9);
        var market = spec.PlatformIndex("market");
        Assert.Equal(totals.Queues[market].Sum(q => q.Arrivals), outcomes.Sum(o => o.Posted));
        Assert.All(outcomes, o => Assert.Equal(o.Posted, o.Completed + o.Expired + o.OpenAtEnd));
        Assert.True(outcomes.Sum(o => o.Posted) > 0);
    }

    [Fact]
    public void Rows_WithoutRequesters_AreNone() =>
        Assert.Empty(RequesterOutcomes.Of(new ScenarioBuilder().Days(1).Build(), SimulationRun.Of(new ScenarioBuilder().Days(1).Build(), 7).Totals));
}
