using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Binds a <c>task_surge</c> event: a lab multiplies its demand for a while (<c>multiplier</c> with
/// <c>for</c>), posts a one-off batch, or both.
/// </summary>
internal static class TaskSurgeBinder
{
    public const string TypeName = "task_surge";

    public static readonly string[] Keys = ["lab", "taskType", "multiplier", "for", "batch"];

    public static TaskSurge Bind(NodeReader item, BindContext context, long atMinute)
    {
        var (lab, taskType) = LabTaskType.Read(item, context);
        var multiplier = item.Number("multiplier", Limits.Positive);
        var batch = item.Integer("batch", Limits.Between(0, int.MaxValue));
        var surges = multiplier is not null && multiplier != 1;
        var duration = item.Value("for", surges ? Formats.PositiveDuration : Formats.Duration);
        if (surges && item.Optional("for") is null)
            item.Errors.Add(item.Node, "missing required key `for` (how long the surge lasts; needed when `multiplier` is not 1)");

        // Only when both values are valid (or left out): otherwise their own errors already say what is wrong.
        var valid = (multiplier is not null || item.Optional("multiplier") is null) && (batch is not null || item.Optional("batch") is null);
        if (valid && !surges && batch is null or 0)
            item.Errors.Add(item.Node, "a task_surge needs a `multiplier` other than 1 (with `for`), or a `batch` > 0");

        return new TaskSurge(atMinute, lab, taskType, multiplier ?? 1, duration ?? 0, (int)(batch ?? 0));
    }
}
