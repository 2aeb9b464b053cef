using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Vendors;

/// <summary>
/// A vendor's wage policy: a fixed piece rate per task type and region, changed only by
/// scenario events. Rates are micro-dollars per task; -1 means the work is not offered in that region.
/// </summary>
public sealed class VendorBook
{
    private readonly ScenarioSpec _spec;
    private readonly int _regions;
    private long[] _rates;

    public VendorBook(ScenarioSpec spec, int vendor)
    {
        _spec = spec;
        _regions = spec.Regions.Count;
        Platform = spec.PlatformIndex(spec.Vendors[vendor].Platform);
        _rates = Enumerable.Repeat(-1L, spec.TaskTypes.Count * _regions).ToArray();
        foreach (var rate in spec.Vendors[vendor].PieceRates)
            _rates[Cell(spec.TaskTypeIndex(rate.TaskType), spec.RegionIndex(rate.Region))] = Money.FromUsd(rate.UsdPerTask);
    }

    /// <summary>The platform this vendor posts on.</summary>
    public int Platform { get; }

    /// <summary>The current rates, indexed [taskType × regions + region]. A fresh copy after every change.</summary>
    public long[] Rates => _rates;

    /// <summary>Multiplies, or sets, the rates the change names; regions where the work is not offered stay so.</summary>
    public void Apply(WageChange change)
    {
        var next = (long[])_rates.Clone();
        for (var t = 0; t < _spec.TaskTypes.Count; t++)
        {
            if (change.TaskType is not null && _spec.TaskTypes[t].Id != change.TaskType)
                continue;
            for (var r = 0; r < _regions; r++)
            {
                if (change.Region is not null && _spec.Regions[r].Id != change.Region)
                    continue;
                var cell = Cell(t, r);
                if (next[cell] < 0)
                    continue;
                next[cell] = change.RateUsd is { } rate ? Money.FromUsd(rate) : Money.Share(next[cell], change.Factor ?? 1.0);
            }
        }
        _rates = next;
    }

    private int Cell(int taskType, int region) => (taskType * _regions) + region;
}
