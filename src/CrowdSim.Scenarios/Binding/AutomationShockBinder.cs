using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>Binds an <c>automation_shock</c> event: a lab's models take over a share of a task type, at once or over a ramp.</summary>
internal static class AutomationShockBinder
{
    public const string TypeName = "automation_shock";

    public static readonly string[] Keys = ["lab", "taskType", "share", "ramp"];

    public static AutomationShock Bind(NodeReader item, BindContext context, long atMinute)
    {
        var (lab, taskType) = LabTaskType.Read(item, context);
        return new AutomationShock(
            atMinute,
            lab,
            taskType,
            item.RequiredValue("share", Formats.Share) ?? 0,
            item.Value("ramp", Formats.Duration) ?? 0);
    }
}
