namespace CrowdSim.Experiments.Statistics;

/// <summary>
/// The values an outcome can take by its nature, which its confidence interval must respect:
/// a share cannot leave [0, 1], a wait or a wage cannot be negative.
/// </summary>
public enum OutcomeRange
{
    /// <summary>Any real number (money kept by vendors, savings).</summary>
    Unbounded,

    /// <summary>Zero or more: counts, hours, minutes, wages, money paid.</summary>
    NonNegative,

    /// <summary>A share of a whole, in [0, 1].</summary>
    Share,
}
