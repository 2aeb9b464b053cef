namespace CrowdSim.Model.Metrics;

/// <summary>One requester of a lab's direct posting: what was drawn for it at the start, and what became of its tasks over the whole run.</summary>
/// <param name="Lab">Index of the lab.</param>
/// <param name="Line">Index of the demand line in the lab's <c>demand</c> list.</param>
/// <param name="Requester">The requester's index within the line.</param>
/// <param name="Platform">Index of the platform it posts on.</param>
/// <param name="TaskType">Task type index.</param>
/// <param name="HourlyPayUsd">The drawn hourly pay it aims at.</param>
/// <param name="RewardMicros">Reward per task offered to the worker.</param>
/// <param name="Weight">The drawn share of the line's volume (a line's shares sum to 1).</param>
/// <param name="TasksPerDay">Its mean tasks per day before seasonality, surges and automation.</param>
/// <param name="Posted">Tasks it posted over the run.</param>
/// <param name="Completed">Tasks submitted (approved or rejected).</param>
/// <param name="Approved">Tasks approved.</param>
/// <param name="Expired">Tasks that expired unfinished.</param>
/// <param name="OpenAtEnd">Tasks still waiting or in service at the end of the run.</param>
public sealed record RequesterOutcome(
    int Lab,
    int Line,
    int Requester,
    int Platform,
    int TaskType,
    double HourlyPayUsd,
    long RewardMicros,
    double Weight,
    double TasksPerDay,
    long Posted,
    long Completed,
    long Approved,
    long Expired,
    long OpenAtEnd);
