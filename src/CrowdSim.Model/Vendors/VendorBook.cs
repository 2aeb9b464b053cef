using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Vendors.Pricing;

namespace CrowdSim.Model.Vendors;

/// <summary>
/// A vendor's wage policy: a fixed piece rate per task type and region, changed only by
/// scenario events and, if the vendor has a pricing rule, by its reviews (<see cref="VendorPricer"/>).
/// Rates are micro-dollars per task; -1 means the work is not offered in that region.
/// </summary>
public sealed class VendorBook
{
    private readonly ScenarioSpec _spec;
    private readonly VendorPricer? _pricer;
    private long[] _rates;

    public VendorBook(ScenarioSpec spec, int vendor)
    {
        _spec = spec;
        Platform = spec.PlatformIndex(spec.Vendors[vendor].Platform);
        _rates = Enumerable.Repeat(-1L, spec.TaskTypes.Count * spec.Regions.Count).ToArray();
        foreach (var rate in spec.Vendors[vendor].PieceRates)
            _rates[PayCells.Of(spec, spec.TaskTypeIndex(rate.TaskType), spec.RegionIndex(rate.Region))] = Money.FromUsd(rate.UsdPerTask);
        if (spec.Vendors[vendor].Pricing is not null)
            _pricer = new VendorPricer(spec, vendor, _rates);
    }

    /// <summary>The platform this vendor posts on.</summary>
    public int Platform { get; }

    /// <summary>The current rates, indexed [taskType × regions + region]. A fresh copy after every change.</summary>
    public long[] Rates => _rates;

    /// <summary>Applies an event addressed to this vendor (wage changes, market exits).</summary>
    public void Apply(ScenarioEvent e)
    {
        switch (e)
        {
            case WageChange change:
                Apply(change);
                break;
            case MarketExit exit:
                Exit(exit.Region);
                break;
        }
    }

    /// <summary>Multiplies, or sets, the rates the change names; regions where the work is not offered stay so.</summary>
    public void Apply(WageChange change)
    {
        var next = (long[])_rates.Clone();
        foreach (var cell in PayCells.Affected(_spec, change))
        {
            if (next[cell] >= 0)
                next[cell] = change.RateUsd is { } rate ? Money.FromUsd(rate) : Money.Share(next[cell], change.Factor ?? 1.0);
        }
        _rates = next;
    }

    /// <summary>The vendor's pricing rule, if it has one.</summary>
    public VendorPricer? Pricer => _pricer;

    /// <summary>
    /// A pricing review: each offered rate takes its step (<see cref="VendorPricer.Review"/>). It runs
    /// before the tick's scripted events, so a scripted factor multiplies the reviewed rate and a
    /// scripted rate replaces it; the rule then moves on from there.
    /// </summary>
    /// <param name="signal">What the market said since the last review.</param>
    /// <param name="allRates">Every vendor's rates before this tick's reviews (index = vendor).</param>
    public void Review(MarketSignal signal, IReadOnlyList<long[]> allRates)
    {
        if (_pricer is not null)
            _rates = _pricer.Review(_rates, signal, allRates);
    }

    /// <summary>Leaves a region: none of the vendor's work is offered there any more (later wage changes leave cells that are not offered alone, so they do not bring it back).</summary>
    public void Exit(string region)
    {
        var r = _spec.RegionIndex(region);
        var next = (long[])_rates.Clone();
        for (var t = 0; t < _spec.TaskTypes.Count; t++)
            next[PayCells.Of(_spec, t, r)] = -1;
        _rates = next;
    }

    /// <summary>Writes the vendor's current rates.</summary>
    public void Save(StateWriter w)
    {
        w.Section(nameof(VendorBook));
        w.Write(_rates);
        _pricer?.Save(w);
    }

    /// <summary>Reads back what <see cref="Save"/> wrote into a fresh array (the current one may have been handed to a platform).</summary>
    public void Restore(StateReader r)
    {
        r.Section(nameof(VendorBook));
        var rates = new long[_rates.Length];
        r.ReadInto(rates);
        _rates = rates;
        _pricer?.Restore(r);
    }
}
