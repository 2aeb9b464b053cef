using MathNet.Numerics.Distributions;

namespace CrowdSim.Experiments.Statistics;

/// <summary>
/// The difference of one outcome between a variant and a baseline, from paired replications
/// (replication k of both ran with the same seed): mean of the paired differences, and its
/// confidence interval from Student's t with R − 1 degrees of freedom (a difference may be
/// negative by nature; for a share it is cut to [−1, 1]), and the change relative to the
/// baseline (<see cref="RelativeChange"/>).
/// <para>
/// A pair whose values differ only by floating-point noise (by no more than
/// <see cref="NoiseTolerance"/> of their size) counts as no difference, and a difference is
/// significant only when its interval, unrounded, excludes zero: an interval of [0, 0] never is.
/// </para>
/// </summary>
/// <param name="Baseline">Mean of the baseline's values.</param>
/// <param name="Variant">Mean of the variant's values.</param>
/// <param name="Difference">Mean of variant − baseline over the pairs.</param>
/// <param name="CiLower">Lower end of the interval (null with fewer than two pairs).</param>
/// <param name="CiUpper">Upper end of the interval (null with fewer than two pairs).</param>
/// <param name="Significant">Whether the interval excludes zero.</param>
/// <param name="Relative">The difference as a fraction of the baseline's mean, with its interval.</param>
public sealed record PairedDifference(double Baseline, double Variant, double Difference, double? CiLower, double? CiUpper, bool Significant, RelativeChange Relative)
{
    /// <summary>Relative size below which two values of a pair are taken to be equal: the last digits of a double.</summary>
    public const double NoiseTolerance = 1e-12;

    /// <summary>Compares paired samples; <paramref name="confidence"/> is e.g. 0.95.</summary>
    public static PairedDifference Of(IReadOnlyList<double> baseline, IReadOnlyList<double> variant, OutcomeRange range = OutcomeRange.Unbounded, double confidence = 0.95)
    {
        if (baseline.Count != variant.Count || baseline.Count == 0)
            throw new ArgumentException("paired samples must have the same, non-zero, length");
        var n = baseline.Count;
        var differences = new double[n];
        for (var k = 0; k < n; k++)
        {
            var d = variant[k] - baseline[k];
            differences[k] = Math.Abs(d) <= NoiseTolerance * Math.Max(Math.Abs(variant[k]), Math.Abs(baseline[k])) ? 0 : d;
        }
        var mean = differences.Average();
        if (n < 2)
            return new PairedDifference(baseline.Average(), variant.Average(), mean, null, null, false, RelativeChange.Of(baseline, differences, t: 0));
        var t = StudentT.InvCDF(0, 1, n - 1, 0.5 + (confidence / 2));
        var variance = differences.Sum(d => (d - mean) * (d - mean)) / (n - 1);
        var halfWidth = variance == 0 ? 0 : t * Math.Sqrt(variance / n);
        var (lower, upper) = (mean - halfWidth, mean + halfWidth);
        if (range == OutcomeRange.Share)
            (lower, upper) = (Math.Max(lower, -1), Math.Min(upper, 1));
        var significant = lower > 0 || upper < 0;
        return new PairedDifference(baseline.Average(), variant.Average(), mean, lower, upper, significant, RelativeChange.Of(baseline, differences, t));
    }
}
