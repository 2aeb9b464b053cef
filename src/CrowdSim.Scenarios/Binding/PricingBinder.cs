using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Binds a vendor's <c>pricing</c>: <c>{rule: responsive, reviewEvery: 1d, targetWait: 4h,
/// targetSearchShare: 0.25, supplyWeight: 0.2, backlogWeight: 0.05, competitorWeight: 0.1,
/// maxStep: 0.05, smoothing: 0.5, floorShare: 0.25, ceilingShare: 2}</c>; every key but <c>rule</c>
/// may be left out (<see cref="ModelDefaults"/>). Without the key, rates move only by scripted events.
/// </summary>
internal static class PricingBinder
{
    public const string Key = "pricing";
    public const string Responsive = "responsive";

    private static readonly string[] Keys =
    [
        "rule", "reviewEvery", "targetWait", "targetSearchShare", "supplyWeight", "backlogWeight",
        "competitorWeight", "maxStep", "smoothing", "floorShare", "ceilingShare",
    ];

    public static PricingSpec? Bind(NodeReader vendor)
    {
        if (vendor.Mapping(Key, Keys) is not { } pricing)
            return null;
        pricing.RequiredChoice("rule", [Responsive]);
        var d = PricingSpec.Default;
        return new PricingSpec(
            pricing.Value("reviewEvery", Formats.PositiveDuration) ?? d.ReviewEveryMinutes,
            pricing.Value("targetWait", Formats.PositiveHours) ?? d.TargetWaitHours,
            pricing.Value("targetSearchShare", Formats.Share) ?? d.TargetSearchShare,
            pricing.Number("supplyWeight", Limits.NonNegative) ?? d.SupplyWeight,
            pricing.Number("backlogWeight", Limits.NonNegative) ?? d.BacklogWeight,
            pricing.Number("competitorWeight", Limits.NonNegative) ?? d.CompetitorWeight,
            pricing.Number("maxStep", Limits.Between(0, 0.5)) ?? d.MaxStep,
            pricing.Number("smoothing", Limits.GreaterThan(0) with { Max = 1 }) ?? d.Smoothing,
            pricing.Number("floorShare", Limits.Between(0, 1)) ?? d.FloorShare,
            pricing.Number("ceilingShare", Limits.AtLeast(1)) ?? d.CeilingShare);
    }
}
