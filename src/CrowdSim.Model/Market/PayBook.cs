using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Market;

/// <summary>
/// What a task pays a worker of a given region on one platform, right now: the poster's rate
/// (a direct reward, or the vendor's piece rate for the region), the platform's wage changes,
/// the vendor's wage policy (cheapest region first; surge pay) and a pay-floor policy.
/// -1 means the work is not offered to that region (now).
/// </summary>
public sealed class PayBook
{
    private readonly ScenarioSpec _spec;
    private readonly PlatformPolicies _policies;
    private readonly double _feeShare;
    private readonly long[]?[] _vendorRates;
    private readonly int[]?[] _cheapestRank;
    private readonly double[] _multiplier;
    private readonly long[] _override;

    public PayBook(ScenarioSpec spec, int platform, PlatformPolicies policies)
    {
        _spec = spec;
        _policies = policies;
        _feeShare = spec.Platforms[platform].FeeShare;
        _vendorRates = new long[]?[spec.Vendors.Count];
        _cheapestRank = new int[]?[spec.Vendors.Count];
        var cells = spec.TaskTypes.Count * spec.Regions.Count;
        _multiplier = Enumerable.Repeat(1.0, cells).ToArray();
        _override = Enumerable.Repeat(-1L, cells).ToArray();
        Eligibility = new Eligibility(spec, platform);
    }

    /// <summary>Who may take each queue's tasks, apart from pay (requesters' region restrictions and approval gates).</summary>
    public Eligibility Eligibility { get; }

    /// <summary>A vendor's current piece rates, micro-dollars per task by pay cell; -1 = not offered.</summary>
    public void SetVendorRates(int vendor, long[] rates)
    {
        _vendorRates[vendor] = rates;
        if (_spec.Vendors[vendor].WagePolicy.Kind == WagePolicyKind.CheapestFirst)
            _cheapestRank[vendor] = RankRegionsByRate(rates);
    }

    /// <summary>A platform-wide wage change: a factor multiplies what every poster offers; a rate replaces it.</summary>
    public void Apply(WageChange change)
    {
        foreach (var cell in PayCells.Affected(_spec, change))
        {
            if (change.RateUsd is { } rate)
            {
                _override[cell] = Money.FromUsd(rate);
                _multiplier[cell] = 1.0;
            }
            else
            {
                _multiplier[cell] *= change.Factor ?? 1.0;
            }
        }
    }

    /// <summary>The fee on a payment, under any fee cap in force.</summary>
    public long FeeOn(long payMicros) => Money.Share(payMicros, Math.Min(_feeShare, _policies.FeeCap ?? double.MaxValue));

    /// <summary>
    /// Pay for the head task of a queue to the worker making <paramref name="claim"/>, or -1 if the task
    /// is not offered to them: the one eligibility check every way of choosing work goes through.
    /// </summary>
    public long PayFor(TaskQueue queue, in PostedTask task, in WorkerClaim claim, long nowMs) =>
        Eligibility.Allows(queue, claim) ? PayFor(queue, task, claim.Region, nowMs) : -1;

    /// <summary>Pay for the head task of a queue to a worker of <paramref name="region"/> at <paramref name="nowMs"/>, or -1 if not offered.</summary>
    public long PayFor(TaskQueue queue, in PostedTask task, int region, long nowMs)
    {
        var cell = PayCells.Of(_spec, task.TaskType, region);
        long pay;
        if (task.RewardMicros >= 0)
        {
            pay = task.RewardMicros;
        }
        else
        {
            pay = _vendorRates[task.Vendor] is { } rates ? rates[cell] : -1;
            if (pay < 0)
                return -1;
        }
        var age = nowMs - task.PostedMs;
        var policy = task.Vendor >= 0 ? _spec.Vendors[task.Vendor].WagePolicy : WagePolicySpec.Fixed;
        if (policy.Kind == WagePolicyKind.CheapestFirst && _cheapestRank[task.Vendor] is { } ranks
            && age < ranks[cell] * SimTime.FromHours(policy.SpilloverHours))
            return -1;
        if (_override[cell] >= 0)
            pay = _override[cell];
        var factor = _multiplier[cell];
        if (policy.Kind == WagePolicyKind.Surge)
        {
            var pressure = Math.Max(age / (double)queue.ExpiryMs, queue.Count / Math.Max(1.0, policy.SurgeBacklogTasks));
            factor *= 1.0 + ((policy.SurgeMaxMultiplier - 1.0) * Math.Min(1.0, pressure));
        }
        pay = Money.Share(pay, factor);
        if (_policies.PayFloor(region) is { } floor)
            pay = Math.Max(pay, Money.FromUsd(floor * _spec.TaskTypes[task.TaskType].MeanMinutes / 60.0));
        return pay;
    }

    /// <summary>For each pay cell, the region's rank by rate within its task type (0 = cheapest offered region).</summary>
    private int[] RankRegionsByRate(long[] rates)
    {
        var regions = _spec.Regions.Count;
        var ranks = new int[rates.Length];
        for (var t = 0; t < _spec.TaskTypes.Count; t++)
        {
            var offered = Enumerable.Range(0, regions)
                .Where(r => rates[(t * regions) + r] >= 0)
                .OrderBy(r => rates[(t * regions) + r])
                .ThenBy(r => r)
                .ToArray();
            for (var k = 0; k < offered.Length; k++)
                ranks[(t * regions) + offered[k]] = k;
        }
        return ranks;
    }

    /// <summary>Writes what events and vendors changed: vendors' rates as last set, wage-change multipliers and overrides.</summary>
    internal void Save(StateWriter w)
    {
        w.Section(nameof(PayBook));
        w.Write(_vendorRates.Length);
        foreach (var rates in _vendorRates)
        {
            w.Write(rates is not null);
            if (rates is not null)
                w.Write(rates);
        }
        w.Write(_multiplier);
        w.Write(_override);
    }

    /// <summary>Reads back what <see cref="Save"/> wrote; regions' ranks under cheapest-first are recomputed from the rates.</summary>
    internal void Restore(StateReader r)
    {
        r.Section(nameof(PayBook));
        r.Expect(_vendorRates.Length, "vendors");
        for (var v = 0; v < _vendorRates.Length; v++)
        {
            _vendorRates[v] = null;
            _cheapestRank[v] = null;
            if (!r.ReadBool())
                continue;
            var rates = new long[_multiplier.Length];
            r.ReadInto(rates);
            SetVendorRates(v, rates);
        }
        r.ReadInto(_multiplier);
        r.ReadInto(_override);
    }
}
