using MathNet.Numerics.Distributions;

namespace CrowdSim.Experiments.Statistics;

/// <summary>
/// The mean of an outcome over replications, its standard deviation and a confidence interval of
/// the mean: Student's t interval, mean ± t·sd/√n, cut to the values the outcome can take
/// (<see cref="OutcomeRange"/>: zero or more, or [0, 1] for a share). Cutting removes only values
/// the true mean cannot have, so the chance that the interval holds it is the t interval's; a mean
/// wait near zero with a large spread gets [0, upper], never a negative lower end. When every value
/// is the same the interval is that value; with one value there is none. A sample that leaves the
/// range it was declared to have (which the model never gives) keeps the plain t interval.
/// </summary>
public sealed record SampleSummary(int Count, double Mean, double StandardDeviation, double? CiLower, double? CiUpper)
{
    /// <param name="values">One value per replication.</param>
    /// <param name="range">What values the outcome can take.</param>
    /// <param name="confidence">e.g. 0.95.</param>
    public static SampleSummary Of(IReadOnlyList<double> values, OutcomeRange range = OutcomeRange.Unbounded, double confidence = 0.95)
    {
        var n = values.Count;
        var mean = values.Average();
        if (n < 2)
            return new SampleSummary(n, mean, 0, null, null);
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        var halfWidth = sd == 0 ? 0 : StudentT.InvCDF(0, 1, n - 1, 0.5 + (confidence / 2)) * sd / Math.Sqrt(n);
        var (min, max) = Bounds(range);
        var (lower, upper) = (mean - halfWidth, mean + halfWidth);
        if (values.All(v => v >= min && v <= max))
            (lower, upper) = (Math.Max(lower, min), Math.Min(upper, max));
        return new SampleSummary(n, mean, sd, lower, upper);
    }

    /// <summary>The smallest and largest value an outcome of <paramref name="range"/> can take.</summary>
    public static (double Min, double Max) Bounds(OutcomeRange range) => range switch
    {
        OutcomeRange.NonNegative => (0, double.PositiveInfinity),
        OutcomeRange.Share => (0, 1),
        _ => (double.NegativeInfinity, double.PositiveInfinity),
    };
}
