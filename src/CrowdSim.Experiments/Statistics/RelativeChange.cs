namespace CrowdSim.Experiments.Statistics;

/// <summary>
/// A variant's change from the baseline as a fraction of the baseline's mean, mean(d) ÷ |mean(b)|
/// (0.12 is 12% more), with Fieller's interval for a ratio of paired means. Fieller's interval
/// takes the baseline mean's own uncertainty into account: it is bounded only when the baseline's
/// mean is clearly not zero (its t statistic passes the same critical value); otherwise the
/// relative change is undefined and all three values are null. So a baseline of zero, or one
/// barely above it, gives "n/a" rather than an infinite or enormous percentage.
/// </summary>
/// <param name="Estimate">mean(d) ÷ |mean(b)|; null when the baseline's mean is zero, or not clearly apart from it.</param>
/// <param name="CiLower">Lower end of the interval; null with one pair or when undefined.</param>
/// <param name="CiUpper">Upper end of the interval.</param>
public sealed record RelativeChange(double? Estimate, double? CiLower, double? CiUpper)
{
    public static readonly RelativeChange Undefined = new(null, null, null);

    /// <param name="baseline">The baseline's values b.</param>
    /// <param name="differences">The paired differences d (variant − baseline).</param>
    /// <param name="t">The t critical value for the interval (with n − 1 degrees of freedom); ignored with one pair.</param>
    public static RelativeChange Of(IReadOnlyList<double> baseline, IReadOnlyList<double> differences, double t)
    {
        var n = baseline.Count;
        var b = baseline.Average();
        var d = differences.Average();
        if (b == 0 || !double.IsFinite(b) || !double.IsFinite(d))
            return Undefined;
        var sign = Math.Sign(b);
        if (n < 2)
            return new RelativeChange(d / Math.Abs(b), null, null);
        double sbb = 0, sdd = 0, sdb = 0;
        for (var k = 0; k < n; k++)
        {
            sbb += (baseline[k] - b) * (baseline[k] - b);
            sdd += (differences[k] - d) * (differences[k] - d);
            sdb += (differences[k] - d) * (baseline[k] - b);
        }
        // Fieller: the ratios θ with (d − θb)² ≤ t²·Var(d − θb)/n, a quadratic Aθ² − 2Bθ + C ≤ 0.
        var q = t * t / n / (n - 1);
        var a = (b * b) - (q * sbb);
        if (a <= 0)
            return Undefined;
        var bHalf = (d * b) - (q * sdb);
        var c = (d * d) - (q * sdd);
        var root = Math.Sqrt(Math.Max(0, (bHalf * bHalf) - (a * c)));
        var (low, high) = ((bHalf - root) / a, (bHalf + root) / a);
        // θ is d ÷ b; relative to |b| a negative baseline turns the interval round.
        return sign > 0
            ? new RelativeChange(d / b, low, high)
            : new RelativeChange(-d / b, -high, -low);
    }
}
