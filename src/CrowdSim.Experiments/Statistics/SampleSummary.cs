using MathNet.Numerics.Distributions;

namespace CrowdSim.Experiments.Statistics;

/// <summary>The mean of an outcome over replications, its standard deviation and a t confidence interval of the mean.</summary>
public sealed record SampleSummary(int Count, double Mean, double StandardDeviation, double? CiLower, double? CiUpper)
{
    public static SampleSummary Of(IReadOnlyList<double> values, double confidence = 0.95)
    {
        var n = values.Count;
        var mean = values.Average();
        if (n < 2)
            return new SampleSummary(n, mean, 0, null, null);
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        var halfWidth = sd == 0 ? 0 : StudentT.InvCDF(0, 1, n - 1, 0.5 + (confidence / 2)) * sd / Math.Sqrt(n);
        return new SampleSummary(n, mean, sd, mean - halfWidth, mean + halfWidth);
    }
}
