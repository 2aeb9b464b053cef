namespace CrowdSim.Model.Metrics;

/// <summary>One queue (platform × poster × task type) over the run.</summary>
/// <param name="FirstPickupMeanMinutes">Mean time from posting to first pickup.</param>
/// <param name="FirstPickupP50Minutes">Median of the same (histogram).</param>
/// <param name="FirstPickupP95Minutes">95th percentile of the same (histogram).</param>
/// <param name="TimeInSystemMeanMinutes">Mean time from posting to submission.</param>
/// <param name="MeanBacklog">Time-average number of tasks waiting.</param>
public sealed record QueueDetail(
    string Platform,
    string TaskType,
    long Arrivals,
    long Taken,
    long Completed,
    long Approved,
    long Rejected,
    long Abandoned,
    long Expired,
    double FirstPickupMeanMinutes,
    double FirstPickupP50Minutes,
    double FirstPickupP95Minutes,
    double TimeInSystemMeanMinutes,
    double MeanBacklog);
