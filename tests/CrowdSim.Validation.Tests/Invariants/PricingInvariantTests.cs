using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Vendors;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>
/// Supply-responsive pricing (issue 15) on generated scenarios: without scripted vendor wage
/// changes, every rate a vendor offers stays within the rule's [floor, ceiling] at every tick (a rate that starts under the floor is never cut), and
/// the books still balance.
/// </summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class PricingInvariantTests
{
    private const int Cases = 40;

    [Fact]
    public void Rates_StayWithinFloorAndCeiling_AndBooksBalance() => GeneratedCases.Check(Cases, stream: 150, (generated, label) =>
    {
        var spec = PricingScenarios.On(generated) with
        {
            Events = [.. generated.Events.Where(e => e is not WageChange { Vendor: not null })],
        };
        var initial = spec.Vendors.Select((_, v) => new VendorBook(spec, v).Rates).ToArray();
        InvariantRun.Run(spec, (sim, tick) =>
        {
            for (var v = 0; v < sim.Vendors.Count; v++)
            {
                var vendor = sim.Vendors[v];
                var pricer = vendor.Pricer!;
                for (var cell = 0; cell < vendor.Rates.Length; cell++)
                {
                    // A rate that starts under the floor (the region's minimum wage) is not lifted, only never cut.
                    var floor = Math.Min(pricer.Floor[cell], initial[v][cell]);
                    var rate = vendor.Rates[cell];
                    if (rate >= 0 && (rate < floor || rate > pricer.Ceiling[cell]))
                        Assert.Fail($"{label}, tick {tick.Tick}, cell {cell}: rate {rate} outside [{floor}, {pricer.Ceiling[cell]}]");
                }
            }
            var broken = Conservation.Violations(sim.Totals);
            if (broken.Count > 0)
                Assert.Fail($"{label}, tick {tick.Tick}: {string.Join("; ", broken)}");
        });
    });
}
