using System.Text.Json.Serialization;

namespace CrowdSim.Model.Scenario;

/// <summary>
/// Something that happens to the world at a simulated time. An event takes effect at the start
/// of the tick that contains <see cref="AtMinute"/>.
/// </summary>
/// <param name="AtMinute">Minutes after the start of the run.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(WageChange), "wage_change")]
[JsonDerivedType(typeof(TaskSurge), "task_surge")]
[JsonDerivedType(typeof(AutomationShock), "automation_shock")]
public abstract record ScenarioEvent(long AtMinute)
{
    /// <summary>The event's type name as written in scenario files.</summary>
    public abstract string TypeName { get; }
}

/// <summary>
/// A vendor or a platform changes what workers are paid, optionally only for one region and/or
/// task type: multiplied by <paramref name="Factor"/>, or set to <paramref name="RateUsd"/> per task.
/// </summary>
public sealed record WageChange(
    long AtMinute,
    string? Vendor,
    string? Platform,
    string? Region,
    string? TaskType,
    double? Factor,
    double? RateUsd) : ScenarioEvent(AtMinute)
{
    public override string TypeName => "wage_change";
}

/// <summary>
/// A lab launches a project: demand for a task type multiplied by <paramref name="Multiplier"/>
/// for <paramref name="DurationMinutes"/>, and/or a one-off batch of <paramref name="BatchTasks"/>
/// tasks posted at once.
/// </summary>
public sealed record TaskSurge(
    long AtMinute,
    string Lab,
    string TaskType,
    double Multiplier,
    long DurationMinutes,
    int BatchTasks) : ScenarioEvent(AtMinute)
{
    public override string TypeName => "task_surge";
}

/// <summary>
/// A lab's models take over a share of a task type: from <paramref name="AtMinute"/> the
/// automated share rises linearly over <paramref name="RampMinutes"/> (0 = at once) to
/// <paramref name="Share"/>.
/// </summary>
public sealed record AutomationShock(
    long AtMinute,
    string Lab,
    string TaskType,
    double Share,
    long RampMinutes) : ScenarioEvent(AtMinute)
{
    public override string TypeName => "automation_shock";
}
