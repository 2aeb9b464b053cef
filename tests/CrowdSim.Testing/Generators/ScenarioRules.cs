using CrowdSim.Model.Scenario;

namespace CrowdSim.Testing.Generators;

/// <summary>Rules of a valid scenario that every generator must follow, whatever its distributions.</summary>
public static class ScenarioRules
{
    /// <summary>
    /// The task types a line may spill over onto: those the lab also demands that come later in
    /// <paramref name="taskTypes"/>. Spill-over that can reach its own line again grows without bound.
    /// </summary>
    public static string[] SpilloverTargets(DemandSpec line, DemandSpec[] lines, TaskTypeSpec[] taskTypes)
    {
        var order = Array.FindIndex(taskTypes, t => t.Id == line.TaskType);
        return [.. lines.Select(l => l.TaskType).Distinct().Where(t => Array.FindIndex(taskTypes, x => x.Id == t) > order)];
    }

    /// <summary>The lines of a lab with their spill-overs set.</summary>
    public static DemandSpec[] WithSpillovers(DemandSpec[] lines, SpilloverSpec?[] spillovers) =>
        [.. lines.Select((line, i) => line with { Spillover = spillovers[i] })];

    /// <summary>A pool's platforms, with its employer's platform added: an employed pool must be a member of it.</summary>
    public static string[] WithEmployerPlatform(string[] memberOf, EmploymentSpec? employment, VendorSpec[] vendors)
    {
        var employer = employment is null ? null : vendors.First(v => v.Id == employment.Vendor).Platform;
        return employer is null || memberOf.Contains(employer) ? memberOf : [.. memberOf, employer];
    }

    /// <summary>The (lab, task type) pair of every demand line, in order (a pair the lab demands twice comes twice), for events that target a line.</summary>
    public static (string Lab, string TaskType)[] DemandedLines(LabSpec[] labs) =>
        [.. labs.SelectMany(l => l.Demand.Select(d => (Lab: l.Id, d.TaskType)))];
}
