using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Testing;
using Xunit;

namespace CrowdSim.Model.Tests.Pricing;

/// <summary>
/// A remotasks-kenya-like world (a managed crowd, Kenyan and US workers, one vendor) with no
/// scripted cuts and the responsive rule on: the Kenyan rate falls when the Kenyan pool is three
/// times the size that matches the demand, and holds when it matches.
/// </summary>
[Trait("Category", "Validation")]
public class PricingDirectionTests
{
    private const int Days = 20;

    [Fact]
    public void KenyanRate_FallsWhenThePoolTriples_AndHoldsWhenItMatchesDemand()
    {
        var (initial, matched) = KenyanRate(kenyanWorkers: 40);
        var (_, tripled) = KenyanRate(kenyanWorkers: 120);

        Assert.True(matched >= initial * 0.95, $"matched pool: {initial} → {matched}");
        Assert.True(tripled <= initial * 0.75, $"tripled pool: {initial} → {tripled}");
    }

    [Fact]
    public void KenyanRate_WithoutThePricingKey_NeverMoves()
    {
        var spec = new ScenarioBuilder().Days(3).TickMinutes(30).Workers(40, 120).Build();
        var sim = new LocalSimulation(spec, 64);
        var cell = PayCells.Of(spec, 0, 1);
        var initial = sim.Vendors[0].Rates[cell];
        SimulationRuns.RunTo(sim, spec.Ticks);
        Assert.Equal(initial, sim.Vendors[0].Rates[cell]);
    }

    private static (long Initial, long Final) KenyanRate(int kenyanWorkers)
    {
        var spec = ResponsivePricingTests.WithPricing(
            new ScenarioBuilder().Days(Days).TickMinutes(30).Workers(40, kenyanWorkers).TasksPerDay(3000).Build(), PricingSpec.Default);
        var sim = new LocalSimulation(spec, 64);
        var cell = PayCells.Of(spec, 0, 1);
        var initial = sim.Vendors[0].Rates[cell];
        while (sim.NextTick < spec.Ticks)
            sim.Step();
        return (initial, sim.Vendors[0].Rates[cell]);
    }
}
