using CrowdSim.Model.Scenario;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>Generated scenarios with supply-responsive pricing switched on for every vendor, reviewed often enough to act in a short run.</summary>
internal static class PricingScenarios
{
    /// <summary>
    /// <paramref name="spec"/> with every vendor pricing responsively: reviews every 5 hours (not a
    /// multiple of any tick, so reviews fall inside ticks too), large steps, little smoothing.
    /// </summary>
    public static ScenarioSpec On(ScenarioSpec spec) => spec with
    {
        Vendors = [.. spec.Vendors.Select(v => v with
        {
            Pricing = PricingSpec.Default with { ReviewEveryMinutes = 5 * 60, MaxStep = 0.3, Smoothing = 0.8, CompetitorWeight = 0.5 },
        })],
    };
}
