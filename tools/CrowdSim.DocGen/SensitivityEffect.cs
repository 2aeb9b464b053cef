namespace CrowdSim.DocGen;

/// <summary>
/// What moving one input did to one output, over the replications: means at the baseline, down and
/// up, and the elasticity (relative change of the output per relative change of the input,
/// (y_up − y_down) ÷ (y_base × ln(up ÷ down))) with its standard error over the paired replications.
/// </summary>
internal sealed record SensitivityEffect(SensitivityInput Input, HeadlineOutput Output, double Base, double Down, double Up, double Elasticity, double StandardError)
{
    /// <summary>Whether the elasticity is more than twice its standard error from zero.</summary>
    public bool Clear => Math.Abs(Elasticity) > 2 * StandardError;

    /// <summary>From the output's values in each replication (index = replication) at the baseline and the two levels.</summary>
    public static SensitivityEffect Of(SensitivityInput input, HeadlineOutput output, IReadOnlyList<double> baseline, IReadOnlyList<double> down, IReadOnlyList<double> up, double logRange)
    {
        var perReplication = Enumerable.Range(0, baseline.Count)
            .Select(k => baseline[k] == 0 ? 0 : (up[k] - down[k]) / (baseline[k] * logRange))
            .ToArray();
        var mean = perReplication.Average();
        var se = perReplication.Length < 2 ? 0 : Math.Sqrt(perReplication.Sum(e => (e - mean) * (e - mean)) / (perReplication.Length - 1) / perReplication.Length);
        return new SensitivityEffect(input, output, baseline.Average(), down.Average(), up.Average(), mean, se);
    }
}
