namespace CrowdSim.Model.Scenario;

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
