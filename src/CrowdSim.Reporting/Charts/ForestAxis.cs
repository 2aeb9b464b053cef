namespace CrowdSim.Reporting.Charts;

/// <summary>
/// The x axis of a forest plot, from the data: from the smallest to the largest of every estimate
/// and interval end drawn, and zero (the line of no difference), with a margin of
/// <see cref="Margin"/> of that span on each side. Not symmetric about zero, and never wider than
/// the rows drawn need.
/// </summary>
internal static class ForestAxis
{
    /// <summary>The share of the span left free on each side.</summary>
    public const double Margin = 0.05;

    /// <summary>Half the width of the axis when everything drawn is zero.</summary>
    public const double EmptyHalfWidth = 1;

    /// <summary>The axis limits for rows of (estimate, interval ends); non-finite values are ignored (their rows are not drawn).</summary>
    public static (double Min, double Max) Limits(IEnumerable<(double Estimate, double? Lower, double? Upper)> rows)
    {
        double min = 0, max = 0;
        foreach (var (estimate, lower, upper) in rows)
        {
            foreach (var value in new[] { estimate, lower ?? estimate, upper ?? estimate })
            {
                if (!double.IsFinite(value))
                    continue;
                min = Math.Min(min, value);
                max = Math.Max(max, value);
            }
        }
        var span = max - min;
        if (span == 0)
            return (-EmptyHalfWidth, EmptyHalfWidth);
        return (min - (Margin * span), max + (Margin * span));
    }
}
