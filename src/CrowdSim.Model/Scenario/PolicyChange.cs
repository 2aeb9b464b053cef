namespace CrowdSim.Model.Scenario;

/// <summary>
/// Switches an intervention on (or off with <paramref name="Enabled"/> = false), on one platform or
/// on all, optionally for one region (pay floor), with its parameter: <paramref name="UsdPerHour"/>
/// (pay floor, paid training), <paramref name="Hours"/> (maximum continuous hours) or
/// <paramref name="Share"/> (fee cap).
/// </summary>
public sealed record PolicyChange(
    long AtMinute,
    PolicyKind Policy,
    string? Platform,
    string? Region,
    double? UsdPerHour,
    double? Hours,
    double? Share,
    bool Enabled) : ScenarioEvent(AtMinute)
{
    public override string TypeName => "policy";
}
