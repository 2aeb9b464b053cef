namespace CrowdSim.Experiments.Statistics;

/// <summary>Which <see cref="OutcomeRange"/> each summary.json outcome has, by its name.</summary>
public static class OutcomeRanges
{
    // Parts of a whole: their ratio cannot leave [0, 1]. (labourShare can pass 1 when vendors lose money.)
    private static readonly HashSet<string> Shares = new(StringComparer.Ordinal)
    {
        "unpaidShare", "nightHoursShare", "shareBelowLocalMinimumWage", "top10EarningsShare", "gini",
    };

    // Differences of money that may be negative: a vendor paying more than it bills, automation dearer than people.
    private static readonly HashSet<string> Signed = new(StringComparer.Ordinal)
    {
        "vendorMargin", "automationSavings",
    };

    /// <summary>
    /// The range of the outcome at <paramref name="metric"/> (a summary.json path such as
    /// <c>byRegion.kenya.unpaidShare</c>): every outcome of a run is a count, a length of time, a
    /// wage, money paid or a ratio of those, so zero or more, except the shares and the signed
    /// money named here.
    /// </summary>
    public static OutcomeRange Of(string metric)
    {
        var leaf = metric[(metric.LastIndexOf('.') + 1)..];
        return Shares.Contains(leaf) ? OutcomeRange.Share
            : Signed.Contains(leaf) ? OutcomeRange.Unbounded
            : OutcomeRange.NonNegative;
    }
}
