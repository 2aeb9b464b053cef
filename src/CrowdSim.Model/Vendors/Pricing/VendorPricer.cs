using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Vendors.Pricing;

/// <summary>
/// One vendor's supply-responsive pricing (<see cref="PricingSpec"/>): at each review, every rate it
/// offers takes a smoothed step from the market signal and the competitors' rates, within bounds
/// fixed at the start (a share of the initial rate, and never under the region's minimum wage).
/// </summary>
public sealed class VendorPricer
{
    private readonly ScenarioSpec _spec;
    private readonly int _vendor;
    private readonly PricingSpec _rule;
    private readonly long[] _floor;
    private readonly long[] _ceiling;
    private readonly double[] _step;
    private bool _seeded;

    /// <param name="spec">The scenario.</param>
    /// <param name="vendor">The vendor's index.</param>
    /// <param name="initial">The vendor's initial rates by pay cell (-1 = not offered).</param>
    public VendorPricer(ScenarioSpec spec, int vendor, long[] initial)
    {
        _spec = spec;
        _vendor = vendor;
        _rule = spec.Vendors[vendor].Pricing ?? throw new ArgumentException($"vendor {spec.Vendors[vendor].Id} has no pricing rule", nameof(vendor));
        _floor = new long[initial.Length];
        _ceiling = new long[initial.Length];
        _step = new double[initial.Length];
        for (var t = 0; t < spec.TaskTypes.Count; t++)
        {
            for (var r = 0; r < spec.Regions.Count; r++)
            {
                var cell = PayCells.Of(spec, t, r);
                var minimumWage = Money.FromUsd(spec.Regions[r].MinimumWageUsdPerHour * spec.TaskTypes[t].MeanMinutes / 60.0);
                _floor[cell] = Math.Max(Money.Share(initial[cell], _rule.FloorShare), minimumWage);
                _ceiling[cell] = Math.Max(Money.Share(initial[cell], _rule.CeilingShare), _floor[cell]);
            }
        }
    }

    /// <summary>The lowest rate the rule sets in each cell.</summary>
    public IReadOnlyList<long> Floor => _floor;

    /// <summary>The highest rate the rule sets in each cell.</summary>
    public IReadOnlyList<long> Ceiling => _ceiling;

    /// <summary>The new rates after a review of <paramref name="rates"/> (a fresh array); cells not offered stay so.</summary>
    /// <param name="rates">The vendor's current rates.</param>
    /// <param name="signal">What the market said since the last review.</param>
    /// <param name="allRates">Every vendor's current rates (index = vendor), for the competitor signal.</param>
    public long[] Review(long[] rates, MarketSignal signal, IReadOnlyList<long[]> allRates)
    {
        var next = (long[])rates.Clone();
        var targetWaitMs = _rule.TargetWaitHours * SimTime.MsPerHour;
        for (var t = 0; t < _spec.TaskTypes.Count; t++)
        {
            var wait = ResponsivePricing.Wait(signal.Waits[t], signal.WaitedMs[t], targetWaitMs);
            for (var r = 0; r < _spec.Regions.Count; r++)
            {
                var cell = PayCells.Of(_spec, t, r);
                if (rates[cell] < 0)
                    continue;
                var raw = (_rule.BacklogWeight * wait)
                    - (_rule.SupplyWeight * ResponsivePricing.Supply(signal.SearchMs[r], signal.PaidMs[r], _rule.TargetSearchShare))
                    + (_rule.CompetitorWeight * ResponsivePricing.Competitor(CompetingRate(allRates, cell), rates[cell]));
                _step[cell] = _seeded ? (_rule.Smoothing * raw) + ((1 - _rule.Smoothing) * _step[cell]) : raw;
                next[cell] = ResponsivePricing.Next(rates[cell], _step[cell], _rule.MaxStep, _floor[cell], _ceiling[cell]);
            }
        }
        _seeded = true;
        return next;
    }

    /// <summary>Writes the smoothed steps.</summary>
    public void Save(StateWriter w)
    {
        w.Section(nameof(VendorPricer));
        w.Write(_seeded);
        w.Write<double>(_step);
    }

    /// <summary>Reads back what <see cref="Save"/> wrote.</summary>
    public void Restore(StateReader r)
    {
        r.Section(nameof(VendorPricer));
        _seeded = r.ReadBool();
        r.ReadInto<double>(_step);
    }

    /// <summary>The mean of the other vendors' rates offered in the cell, or 0 if none offers it.</summary>
    private double CompetingRate(IReadOnlyList<long[]> allRates, int cell)
    {
        long sum = 0;
        var count = 0;
        for (var v = 0; v < allRates.Count; v++)
        {
            if (v != _vendor && allRates[v][cell] >= 0)
            {
                sum += allRates[v][cell];
                count++;
            }
        }
        return count == 0 ? 0 : sum / (double)count;
    }
}
