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
[JsonDerivedType(typeof(PolicyChange), "policy")]
[JsonDerivedType(typeof(MarketExit), "market_exit")]
[JsonDerivedType(typeof(RecruitmentDrive), "recruitment_drive")]
public abstract record ScenarioEvent(long AtMinute)
{
    /// <summary>The event's type name as written in scenario files.</summary>
    public abstract string TypeName { get; }
}
