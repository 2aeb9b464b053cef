namespace CrowdSim.Model.Metrics;

/// <summary>Order statistics and inequality measures over a sample. Each sorts its own copy, so input order never matters.</summary>
public static class Inequality
{
    /// <summary>The median (mean of the two middle values for an even count), or 0 for an empty sample.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return 0;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    /// <summary>
    /// The Gini coefficient of non-negative values: Σ(2i − n − 1)·x₍ᵢ₎ / (n·Σx) over sorted values,
    /// 0 for perfect equality, (n−1)/n when one holds everything; 0 when all are zero.
    /// </summary>
    public static double Gini(IEnumerable<long> values)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        if (n == 0)
            return 0;
        double total = 0, weighted = 0;
        for (var i = 0; i < n; i++)
        {
            total += sorted[i];
            weighted += ((2.0 * (i + 1)) - n - 1) * sorted[i];
        }
        return total == 0 ? 0 : weighted / (n * total);
    }
}
