using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>Reads the <c>lab</c> and <c>taskType</c> of an event aimed at one of a lab's demand lines.</summary>
internal static class LabTaskType
{
    /// <summary>Both ids; the task type must be one the lab demands. Empty strings when missing or invalid (reported).</summary>
    public static (string Lab, string TaskType) Read(NodeReader item, BindContext context)
    {
        var lab = context.Labs.Reference(item, "lab", required: true);
        var taskType = context.TaskTypes.Reference(item, "taskType", required: true);
        if (lab is not null && taskType is not null && !lab.Demand.Any(d => d.TaskType == taskType.Id))
        {
            var demanded = string.Join(", ", lab.Demand.Select(d => d.TaskType).Distinct());
            item.Report(item.Optional("taskType")!, "taskType",
                $"lab `{lab.Id}` does not demand task type `{taskType.Id}` (it demands: {demanded})");
        }
        return (lab?.Id ?? "", taskType?.Id ?? "");
    }
}
