namespace CrowdSim.Model.Scenario;

/// <summary>A kind of annotation work, e.g. bounding boxes or RLHF preference ratings.</summary>
/// <param name="Id">Identifier used in the scenario file.</param>
/// <param name="MeanMinutes">Mean handling time of an average-speed worker, in minutes.</param>
/// <param name="MinutesSigma">Log-scale spread of the (lognormal) handling time.</param>
/// <param name="ReviewShare">Share of submissions the buyer or vendor reviews (0-1).</param>
/// <param name="ExpiryHours">A posted task not taken within this many hours expires.</param>
public sealed record TaskTypeSpec(
    string Id,
    double MeanMinutes,
    double MinutesSigma,
    double ReviewShare,
    double ExpiryHours)
{
    /// <summary>Qualification course needed before a worker may take this type, or null.</summary>
    public TrainingSpec? Training { get; init; }

    /// <summary>Minutes the listing says a task takes; workers plan with this unless a transparency policy shows the truth. Null: the true mean.</summary>
    public double? AdvertisedMinutes { get; init; }

    /// <summary>Multiplier on workers' error rates for this type (1 = as the pool's).</summary>
    public double Difficulty { get; init; } = 1.0;

    /// <summary>Share of taken tasks a worker abandons part-way; they go back to the queue. [abandon_share]</summary>
    public double AbandonShare { get; init; } = ModelDefaults.AbandonShare;

    /// <summary>How handling times are drawn: lognormal (default) or exponential.</summary>
    public HandlingDistribution Handling { get; init; } = HandlingDistribution.LogNormal;
}
