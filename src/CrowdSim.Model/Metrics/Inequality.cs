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

    /// <summary>Share of the total held by the top <paramref name="fraction"/> of values (at least one value); 0 when the total is 0.</summary>
    public static double TopShare(IEnumerable<long> values, double fraction)
    {
        var sorted = values.OrderDescending().ToArray();
        var total = sorted.Sum(v => (double)v);
        if (sorted.Length == 0 || total == 0)
            return 0;
        var top = Math.Max(1, (int)Math.Ceiling(sorted.Length * fraction));
        return sorted.Take(top).Sum(v => (double)v) / total;
    }
}
