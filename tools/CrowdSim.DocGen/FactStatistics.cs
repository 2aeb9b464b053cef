namespace CrowdSim.DocGen;

/// <summary>The computations behind the stylised facts, on plain numbers (so each has exact known answers in the tests).</summary>
internal static class FactStatistics
{
    /// <summary>
    /// Elasticity of the rate at which workers take up a requester's tasks with respect to its pay, from two
    /// identical postings that differ only in pay: ln(mean wait at the lower pay ÷ mean wait at the higher)
    /// ÷ ln(higher pay ÷ lower pay). The rate of take-up is the inverse of the wait, so this is minus the
    /// elasticity of the time to fill.
    /// </summary>
    public static double ElasticityFromWaits(double waitAtLowerPay, double waitAtHigherPay, double payRatio)
    {
        if (!(waitAtLowerPay > 0) || !(waitAtHigherPay > 0))
            throw new ArgumentOutOfRangeException(nameof(waitAtLowerPay), "both waits must be positive (was every task taken at once?)");
        if (!(payRatio > 1))
            throw new ArgumentOutOfRangeException(nameof(payRatio), "the higher pay must exceed the lower");
        return Math.Log(waitAtLowerPay / waitAtHigherPay) / Math.Log(payRatio);
    }

    /// <summary>Share of <paramref name="values"/> at least <paramref name="threshold"/>; 0 for none.</summary>
    public static double ShareAtLeast(IReadOnlyCollection<double> values, double threshold) =>
        values.Count == 0 ? 0 : values.Count(v => v >= threshold) / (double)values.Count;

    /// <summary>
    /// Mean value of the tenth of items ranked highest (rounded up; ties broken by the lower id) ÷ mean value
    /// of the rest: e.g. the hourly wage of the workers with most approved tasks against everyone else's.
    /// </summary>
    public static double TopTenthRatio(IReadOnlyCollection<(long Rank, int Id, double Value)> items)
    {
        if (items.Count < 2)
            throw new ArgumentException("need at least two items to compare a top tenth with the rest", nameof(items));
        var ordered = items.OrderByDescending(i => i.Rank).ThenBy(i => i.Id).Select(i => i.Value).ToArray();
        var top = (int)Math.Ceiling(ordered.Length / 10.0);
        var rest = ordered[top..].Average();
        if (rest == 0)
            throw new InvalidOperationException("the rest's mean is zero: the ratio is undefined");
        return ordered[..top].Average() / rest;
    }

    /// <summary><paramref name="part"/> ÷ <paramref name="whole"/>; 0 when the whole is 0.</summary>
    public static double Share(double part, double whole) => whole == 0 ? 0 : part / whole;
}
