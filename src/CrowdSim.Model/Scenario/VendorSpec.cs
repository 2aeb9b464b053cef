namespace CrowdSim.Model.Scenario;

/// <summary>
/// An intermediary that takes contracts from labs and posts the work on one platform,
/// paying workers a piece rate that depends on their region.
/// </summary>
/// <param name="Id">Identifier used in the scenario file.</param>
/// <param name="Platform">Id of the platform the vendor posts on.</param>
/// <param name="PieceRates">Pay per task, by task type and region. A region without a rate is not offered the work.</param>
public sealed record VendorSpec(string Id, string Platform, IReadOnlyList<PieceRate> PieceRates)
{
    /// <summary>How the vendor sets pay (fixed piece rates unless said otherwise).</summary>
    public WagePolicySpec WagePolicy { get; init; } = WagePolicySpec.Fixed;

    /// <summary>Supply-responsive pricing (issue 15): null keeps the rates fixed between scripted wage changes.</summary>
    public PricingSpec? Pricing { get; init; }
}
