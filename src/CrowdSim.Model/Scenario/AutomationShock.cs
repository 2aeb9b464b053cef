namespace CrowdSim.Model.Scenario;

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
