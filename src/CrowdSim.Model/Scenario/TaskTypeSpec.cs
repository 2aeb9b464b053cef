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
    double ExpiryHours);
