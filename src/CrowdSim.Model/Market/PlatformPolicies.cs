using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Market;

/// <summary>The interventions in force on one platform (all off until a policy event switches them on).</summary>
public sealed class PlatformPolicies
{
    private readonly ScenarioSpec _spec;
    private readonly double?[] _payFloorByRegion;

    public PlatformPolicies(ScenarioSpec spec, bool notifications)
    {
        _spec = spec;
        _payFloorByRegion = new double?[spec.Regions.Count];
        Notifications = notifications;
    }

    /// <summary>Hourly rate at which training courses are paid, or null when they are unpaid.</summary>
    public double? PaidTrainingUsdPerHour { get; private set; }

    public bool PayRejected { get; private set; }

    public bool Transparency { get; private set; }

    public bool Notifications { get; private set; }

    /// <summary>Longest session allowed, or null.</summary>
    public long? MaxContinuousMs { get; private set; }

    /// <summary>Highest fee share allowed, or null.</summary>
    public double? FeeCap { get; private set; }

    /// <summary>The minimum effective hourly pay in a region, or null.</summary>
    public double? PayFloor(int region) => _payFloorByRegion[region];

    /// <summary>Switches a policy on or off (the change is addressed to this platform or to all).</summary>
    public void Apply(PolicyChange change)
    {
        var on = change.Enabled;
        switch (change.Policy)
        {
            case PolicyKind.PayFloor:
                for (var r = 0; r < _payFloorByRegion.Length; r++)
                {
                    if (change.Region is null || _spec.Regions[r].Id == change.Region)
                        _payFloorByRegion[r] = on ? change.UsdPerHour : null;
                }
                break;
            case PolicyKind.PaidTraining:
                PaidTrainingUsdPerHour = on ? change.UsdPerHour ?? 0 : null;
                break;
            case PolicyKind.Notifications:
                Notifications = on;
                break;
            case PolicyKind.PayRejected:
                PayRejected = on;
                break;
            case PolicyKind.Transparency:
                Transparency = on;
                break;
            case PolicyKind.MaxContinuousHours:
                MaxContinuousMs = on && change.Hours is { } hours ? Time.SimTime.FromHours(hours) : null;
                break;
            case PolicyKind.FeeCap:
                FeeCap = on ? change.Share : null;
                break;
        }
    }

    internal void Save(StateWriter w)
    {
        w.Section(nameof(PlatformPolicies));
        w.Write(_payFloorByRegion.Length);
        foreach (var floor in _payFloorByRegion)
            w.Write(floor);
        w.Write(PaidTrainingUsdPerHour);
        w.Write(PayRejected);
        w.Write(Transparency);
        w.Write(Notifications);
        w.Write(MaxContinuousMs);
        w.Write(FeeCap);
    }

    internal void Restore(StateReader r)
    {
        r.Section(nameof(PlatformPolicies));
        r.Expect(_payFloorByRegion.Length, "regions");
        for (var region = 0; region < _payFloorByRegion.Length; region++)
            _payFloorByRegion[region] = r.ReadNullableDouble();
        PaidTrainingUsdPerHour = r.ReadNullableDouble();
        PayRejected = r.ReadBool();
        Transparency = r.ReadBool();
        Notifications = r.ReadBool();
        MaxContinuousMs = r.ReadNullableLong();
        FeeCap = r.ReadNullableDouble();
    }
}
