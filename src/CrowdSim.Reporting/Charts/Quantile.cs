namespace CrowdSim.Reporting.Charts;

/// <summary>Quantiles of a sorted sample, interpolating linearly between order statistics.</summary>
internal static class Quantile
{
    public static double Of(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
            return double.NaN;
        var position = p * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
