namespace CrowdSim.Model.Scenario;

/// <summary>
/// A stream of tasks of one type that a lab sends through one channel: a vendor (contract
/// price per task) or an open marketplace directly (reward per task, fee on top).
/// </summary>
/// <param name="TaskType">Task type id.</param>
/// <param name="Vendor">Vendor id, when the work goes through a vendor; otherwise null.</param>
/// <param name="Platform">Platform id, when the lab posts directly on an open marketplace; otherwise null.</param>
/// <param name="TasksPerDay">Mean tasks created per day before seasonality, bursts and automation.</param>
/// <param name="PriceUsd">Through a vendor: the contract price per task. Directly: the reward per task paid to the worker.</param>
/// <param name="DailyAmplitude">Relative swing of the daily rhythm (0 = flat, 1 = zero at the trough).</param>
/// <param name="PeakHour">Local hour of the lab's daily peak.</param>
/// <param name="WeekendFactor">Multiplier on Saturday and Sunday demand (local time).</param>
/// <param name="BurstsPerWeek">Mean number of project launches per week (Poisson).</param>
/// <param name="BurstMinTasks">Smallest project launch (Pareto scale).</param>
/// <param name="BurstAlpha">Pareto tail index of launch sizes (smaller = heavier tail).</param>
/// <param name="AutomatedShare">Share of created tasks the lab's own models handle from the start.</param>
public sealed record DemandSpec(
    string TaskType,
    string? Vendor,
    string? Platform,
    double TasksPerDay,
    double PriceUsd,
    double DailyAmplitude,
    double PeakHour,
    double WeekendFactor,
    double BurstsPerWeek,
    double BurstMinTasks,
    double BurstAlpha,
    double AutomatedShare)
{
    /// <summary>For a direct posting on an open marketplace: many requesters with pay of their own, or null for one.</summary>
    public RequestersSpec? Requesters { get; init; }

    /// <summary>Demand for harder work created by automating this line's work, or null.</summary>
    public SpilloverSpec? Spillover { get; init; }
}
