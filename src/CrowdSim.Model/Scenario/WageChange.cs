namespace CrowdSim.Model.Scenario;

/// <summary>
/// A vendor or a platform changes what workers are paid, optionally only for one region and/or
/// task type: multiplied by <paramref name="Factor"/>, or set to <paramref name="RateUsd"/> per task.
/// </summary>
public sealed record WageChange(
    long AtMinute,
    string? Vendor,
    string? Platform,
    string? Region,
    string? TaskType,
    double? Factor,
    double? RateUsd) : ScenarioEvent(AtMinute)
{
    public override string TypeName => "wage_change";
}
