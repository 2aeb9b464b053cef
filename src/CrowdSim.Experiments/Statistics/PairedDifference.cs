using MathNet.Numerics.Distributions;

namespace CrowdSim.Experiments.Statistics;

/// <summary>
/// The difference of one outcome between a variant and a baseline, from paired replications
/// (replication k of both ran with the same seed): mean of the paired differences, and its
/// confidence interval from Student's t with R − 1 degrees of freedom.
/// </summary>
/// <param name="Baseline">Mean of the baseline's values.</param>
/// <param name="Variant">Mean of the variant's values.</param>
/// <param name="Difference">Mean of variant − baseline over the pairs.</param>
/// <param name="CiLower">Lower end of the interval (null with fewer than two pairs).</param>
/// <param name="CiUpper">Upper end of the interval (null with fewer than two pairs).</param>
/// <param name="Significant">Whether the interval excludes zero.</param>
public sealed record PairedDifference(double Baseline, double Variant, double Difference, double? CiLower, double? CiUpper, bool Significant)
{
    /// <summary>Compares paired samples; <paramref name="confidence"/> is e.g. 0.95.</summary>
    public static PairedDifference Of(IReadOnlyList<double> baseline, IReadOnlyList<double> variant, double confidence = 0.95)
    {
        if (baseline.Count != variant.Count || baseline.Count == 0)
            throw new ArgumentException("paired samples must have the same, non-zero, length");
        var n = baseline.Count;
        var differences = new double[n];
        for (var k = 0; k < n; k++)
            differences[k] = variant[k] - baseline[k];
        var mean = differences.Average();
        if (n < 2)
            return new PairedDifference(baseline.Average(), variant.Average(), mean, null, null, false);
        var variance = differences.Sum(d => (d - mean) * (d - mean)) / (n - 1);
        var halfWidth = variance == 0 ? 0 : StudentT.InvCDF(0, 1, n - 1, 0.5 + (confidence / 2)) * Math.Sqrt(variance / n);
        var lower = mean - halfWidth;
        var upper = mean + halfWidth;
        var significant = lower > 0 || upper < 0;
        return new PairedDifference(baseline.Average(), variant.Average(), mean, lower, upper, significant);
    }
}
