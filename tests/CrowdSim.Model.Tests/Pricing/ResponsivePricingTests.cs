using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;
using CrowdSim.Model.Vendors;
using CrowdSim.Model.Vendors.Pricing;
using CrowdSim.Testing;
using Xunit;

namespace CrowdSim.Model.Tests.Pricing;

public class ResponsivePricingTests
{
    private static readonly double TargetMs = 4 * SimTime.MsPerHour;

    [Fact]
    public void Next_WithALargeNegativeStep_FallsByAtMostMaxStep()
    {
        Assert.Equal(950_000, ResponsivePricing.Next(1_000_000, -0.8, 0.05, 0, 2_000_000));
        Assert.Equal(980_000, ResponsivePricing.Next(1_000_000, -0.02, 0.05, 0, 2_000_000));
    }

    [Fact]
    public void Next_WithALargePositiveStep_RisesByAtMostMaxStep()
    {
        Assert.Equal(1_050_000, ResponsivePricing.Next(1_000_000, 3, 0.05, 0, 2_000_000));
    }

    [Fact]
    public void Next_NeverCrossesTheFloorOrTheCeiling()
    {
        Assert.Equal(990_000, ResponsivePricing.Next(1_000_000, -1, 0.05, 990_000, 2_000_000));
        Assert.Equal(1_010_000, ResponsivePricing.Next(1_000_000, 1, 0.05, 0, 1_010_000));
    }

    [Fact]
    public void Next_BelowTheFloorAfterAScriptedCut_DoesNotFallFurtherButMayRise()
    {
        Assert.Equal(500_000, ResponsivePricing.Next(500_000, -1, 0.05, 900_000, 2_000_000));
        Assert.Equal(525_000, ResponsivePricing.Next(500_000, 1, 0.05, 900_000, 2_000_000));
    }

    [Fact]
    public void Wait_WaitsOverTheTargetArePositive_OtherwiseZero()
    {
        Assert.Equal(0, ResponsivePricing.Wait(100, 0, TargetMs));
        Assert.Equal(0, ResponsivePricing.Wait(100, (long)(100 * TargetMs / 2), TargetMs));
        Assert.Equal(0, ResponsivePricing.Wait(100, (long)(100 * TargetMs), TargetMs), 12);
        Assert.True(ResponsivePricing.Wait(100, (long)(100 * TargetMs * 2), TargetMs) > 0);
        Assert.Equal(1, ResponsivePricing.Wait(1, (long)(TargetMs * 100), TargetMs));
        Assert.Equal(0, ResponsivePricing.Wait(0, 0, TargetMs));
    }

    [Fact]
    public void Supply_IsTheSearchShareAboveItsTarget()
    {
        Assert.Equal(0.5, ResponsivePricing.Supply(75, 25, 0.25), 12);
        Assert.Equal(-0.25, ResponsivePricing.Supply(0, 100, 0.25), 12);
        Assert.Equal(0, ResponsivePricing.Supply(0, 0, 0.25));
    }

    [Fact]
    public void Competitor_PullsTowardsTheCompetingRate()
    {
        Assert.True(ResponsivePricing.Competitor(2_000_000, 1_000_000) > 0);
        Assert.True(ResponsivePricing.Competitor(500_000, 1_000_000) < 0);
        Assert.Equal(0, ResponsivePricing.Competitor(0, 1_000_000));
    }

    [Fact]
    public void Review_Oversupply_LowersEveryOfferedRateByAtMostMaxStepAndNeverBelowTheFloor()
    {
        var spec = WithPricing(new ScenarioBuilder().Build(), PricingSpec.Default);
        var book = new VendorBook(spec, 0);
        var initial = book.Rates;
        var ke = PayCells.Of(spec, 0, 1);
        var floor = book.Pricer!.Floor[ke];
        for (var review = 0; review < 200; review++)
        {
            var before = book.Rates;
            book.Review(Signal(spec, waitsFast: true, searchShare: 0.9), [book.Rates]);
            for (var cell = 0; cell < before.Length; cell++)
            {
                if (before[cell] < 0)
                {
                    Assert.Equal(-1, book.Rates[cell]);
                    continue;
                }
                Assert.True(book.Rates[cell] <= before[cell]);
                Assert.True(book.Rates[cell] >= Math.Round(before[cell] * (1 - PricingSpec.Default.MaxStep)) - 1);
                Assert.True(book.Rates[cell] >= book.Pricer.Floor[cell]);
            }
        }
        Assert.Equal(floor, book.Rates[ke]);
        Assert.True(floor < initial[ke]);
    }

    [Fact]
    public void Review_Backlog_RaisesRatesAndNeverAboveTheCeiling()
    {
        var spec = WithPricing(new ScenarioBuilder().Build(), PricingSpec.Default);
        var book = new VendorBook(spec, 0);
        var ke = PayCells.Of(spec, 0, 1);
        var initial = book.Rates[ke];
        book.Review(Signal(spec, waitsFast: false, searchShare: 0.25), [book.Rates]);
        Assert.True(book.Rates[ke] > initial);
        for (var review = 0; review < 200; review++)
            book.Review(Signal(spec, waitsFast: false, searchShare: 0.0), [book.Rates]);
        Assert.Equal(book.Pricer!.Ceiling[ke], book.Rates[ke]);
    }

    [Fact]
    public void Review_WithACompetitorPayingMore_RisesWhenTheMarketIsBalanced()
    {
        var spec = WithPricing(new ScenarioBuilder().Build(), PricingSpec.Default with { BacklogWeight = 0, SupplyWeight = 0 });
        var book = new VendorBook(spec, 0);
        var ke = PayCells.Of(spec, 0, 1);
        var initial = book.Rates[ke];
        var rival = book.Rates.Select(r => r < 0 ? r : r * 2).ToArray();
        var cheap = book.Rates.Select(r => r < 0 ? r : r / 2).ToArray();
        var up = new VendorBook(spec, 0);
        up.Review(Signal(spec, waitsFast: false, searchShare: 0.25), [up.Rates, rival]);
        var down = new VendorBook(spec, 0);
        down.Review(Signal(spec, waitsFast: false, searchShare: 0.25), [down.Rates, cheap]);
        var alone = new VendorBook(spec, 0);
        alone.Review(Signal(spec, waitsFast: false, searchShare: 0.25) with { Waits = [0, 0], WaitedMs = [0, 0] }, [alone.Rates]);
        Assert.True(up.Rates[ke] > initial);
        Assert.True(down.Rates[ke] < initial);
        Assert.Equal(initial, alone.Rates[ke]);
    }

    [Fact]
    public void Review_Smoothing_DampsAReversalOfTheSignal()
    {
        var smooth = PricingSpec.Default with { MaxStep = 0.5, Smoothing = 0.25 };
        var spec = WithPricing(new ScenarioBuilder().Build(), smooth);
        var damped = new VendorBook(spec, 0);
        var raw = new VendorBook(WithPricing(spec, smooth with { Smoothing = 1 }), 0);
        var ke = PayCells.Of(spec, 0, 1);
        damped.Review(Signal(spec, waitsFast: true, searchShare: 0.9), [damped.Rates]);
        raw.Review(Signal(spec, waitsFast: true, searchShare: 0.9), [raw.Rates]);
        Assert.Equal(raw.Rates[ke], damped.Rates[ke]); // the first review has no history to smooth with
        var dampedBefore = damped.Rates[ke];
        var rawBefore = raw.Rates[ke];
        damped.Review(Signal(spec, waitsFast: false, searchShare: 0.0), [damped.Rates]);
        raw.Review(Signal(spec, waitsFast: false, searchShare: 0.0), [raw.Rates]);
        Assert.True(raw.Rates[ke] > rawBefore);
        Assert.True(damped.Rates[ke] <= dampedBefore); // a quarter of the reversal does not outweigh the remembered cut
    }

    internal static ScenarioSpec WithPricing(ScenarioSpec spec, PricingSpec pricing) =>
        spec with { Vendors = [.. spec.Vendors.Select(v => v with { Pricing = pricing })] };

    /// <summary>A signal for vendor 0: tasks picked up at once (or waiting 8 h on average), and a search share in every region.</summary>
    private static MarketSignal Signal(ScenarioSpec spec, bool waitsFast, double searchShare)
    {
        var types = spec.TaskTypes.Count;
        var regions = spec.Regions.Count;
        var waited = waitsFast ? 0 : 100 * 8 * SimTime.MsPerHour;
        return new MarketSignal(
            0,
            Enumerable.Repeat(100L, types).ToArray(),
            Enumerable.Repeat(waited, types).ToArray(),
            Enumerable.Repeat((long)(searchShare * 1_000_000), regions).ToArray(),
            Enumerable.Repeat((long)((1 - searchShare) * 1_000_000), regions).ToArray());
    }
}
