using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Binds a demand line's <c>spillover</c>: automating the line's work creates demand of another task
/// type, which the same lab must also demand (the new tasks go through that demand line's channel).
/// </summary>
internal static class SpilloverBinder
{
    public const string Key = "spillover";

    private static readonly string[] Keys = ["taskType", "tasksPerAutomated"];

    /// <summary>The spill-over, or null when left out; a valid target is added to <paramref name="pending"/> for <see cref="CheckTargets"/>.</summary>
    public static SpilloverSpec? Bind(NodeReader line, BindContext context, ICollection<PendingSpillover> pending)
    {
        if (line.Mapping(Key, Keys) is not { } spillover)
            return null;
        var taskType = context.TaskTypes.Reference(spillover, "taskType", required: true);
        if (taskType is not null)
            pending.Add(new PendingSpillover(spillover, spillover.Optional("taskType")!, taskType.Id));
        return new SpilloverSpec(taskType?.Id ?? "", spillover.RequiredNumber("tasksPerAutomated", Limits.NonNegative) ?? 0);
    }

    /// <summary>Reports spill-overs to a task type that <paramref name="labId"/> has no demand line for.</summary>
    public static void CheckTargets(string labId, IReadOnlyList<DemandSpec> demand, IEnumerable<PendingSpillover> pending)
    {
        // A line whose own task type is invalid (already reported) might be the target: say nothing rather than mislead.
        if (demand.Any(d => d.TaskType.Length == 0))
            return;
        string[] demanded = [.. demand.Select(d => d.TaskType).Distinct()];
        foreach (var spillover in pending.Where(p => !demanded.Contains(p.TaskType)))
        {
            var hint = Suggestions.Closest(spillover.TaskType, demanded) is { } closest ? $"; did you mean `{closest}`?" : "";
            spillover.Reader.Report(spillover.TaskTypeAt, "taskType",
                $"lab `{labId}` does not demand task type `{spillover.TaskType}` (it demands: {string.Join(", ", demanded)}), so spilled-over work would have nowhere to go{hint}");
        }
    }
}
