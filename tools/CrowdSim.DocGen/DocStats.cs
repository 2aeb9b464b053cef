namespace CrowdSim.DocGen;

/// <summary>Small statistics the document needs; inputs are sorted first, so results do not depend on their order.</summary>
internal static class DocStats
{
    /// <summary>The median (mean of the middle two for an even count); 0 for no values.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return 0;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>The weighted median: the smallest value at which the cumulative weight reaches half the total.</summary>
    public static double WeightedMedian(IEnumerable<(double Value, double Weight)> items)
    {
        var sorted = items.Where(i => i.Weight > 0).OrderBy(i => i.Value).ThenBy(i => i.Weight).ToArray();
        var half = sorted.Sum(i => i.Weight) / 2;
        var cumulative = 0.0;
        foreach (var (value, weight) in sorted)
        {
            cumulative += weight;
            if (cumulative >= half)
                return value;
        }
        return 0;
    }

    /// <summary>Coefficient of variation (sample standard deviation ÷ mean); 0 for fewer than two values or a zero mean.</summary>
    public static double CoefficientOfVariation(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
            return 0;
        var mean = values.Average();
        if (mean == 0)
            return 0;
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        return Math.Sqrt(variance) / mean;
    }
}
