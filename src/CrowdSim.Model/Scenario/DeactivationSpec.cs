namespace CrowdSim.Model.Scenario;

/// <summary>A platform deactivates a worker whose recent rejection rate is too high.</summary>
/// <param name="RejectionRate">Deactivate when the worker's rejection rate (moving average over about the last 20 reviews) exceeds this.</param>
/// <param name="MinReviewed">Only after at least this many reviewed submissions on the platform.</param>
public sealed record DeactivationSpec(double RejectionRate, int MinReviewed);
