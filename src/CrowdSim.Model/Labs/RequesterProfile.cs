namespace CrowdSim.Model.Labs;

/// <summary>One requester of a lab's direct posting on an open marketplace, drawn once at the start of the run.</summary>
/// <param name="Key">The requester's key in its queue and on its tasks (<see cref="Market.QueueKey.RequesterKey"/>).</param>
/// <param name="HourlyPayUsd">The hourly pay the requester aims at, before rounding the reward to micro-dollars.</param>
/// <param name="RewardMicros">Reward per task offered to the worker: hourly pay × the task type's mean minutes ÷ 60.</param>
/// <param name="EscrowMicros">What the lab pays in per posted task: reward + platform fee.</param>
/// <param name="Weight">The requester's share of the line's volume; a line's weights sum to 1.</param>
/// <param name="TasksPerDay">The requester's mean tasks per day before seasonality, surges and automation.</param>
public sealed record RequesterProfile(int Key, double HourlyPayUsd, long RewardMicros, long EscrowMicros, double Weight, double TasksPerDay);
