namespace CrowdSim.Model.Metrics;

/// <summary>How queues behaved over the run.</summary>
/// <param name="MeanWaitMinutes">Mean time from posting to first pickup, over tasks taken.</param>
/// <param name="P95WaitMinutes">95th percentile of the same (histogram, relative error under 1.6%).</param>
/// <param name="MeanBacklog">Time-average number of tasks waiting.</param>
/// <param name="ThroughputPerHour">Tasks submitted per simulated hour.</param>
public sealed record QueueOutcomes(
    double MeanWaitMinutes,
    double P95WaitMinutes,
    double MeanBacklog,
    double ThroughputPerHour);
