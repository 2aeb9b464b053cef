using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;
using CrowdSim.Results.Naming;
using CrowdSim.Results.Tables;

namespace CrowdSim.Results.Run;

/// <summary>projects.csv: one row per project launch or one-off batch, with the code name workers would see.</summary>
public static class ProjectsTable
{
    private static readonly Columns<ProjectRow> C = new();

    public static readonly Column<ProjectRow, int> Tick = C.Int32("tick", "the tick it was posted in", p => p.Tick);
    public static readonly Column<ProjectRow, double> Hours = C.Double("hours", "when, in simulated hours from the start", p => p.Hours);
    public static readonly Column<ProjectRow, string> Lab = C.Text("lab", "the lab's id", p => p.Lab);
    public static readonly Column<ProjectRow, string> TaskType = C.Text("taskType", "task type id", p => p.TaskType);
    public static readonly Column<ProjectRow, string> CodeName = C.Text("codeName", "the project's name as workers would see it", p => p.CodeName);
    public static readonly Column<ProjectRow, string> Kind = C.Text("kind", "`launch` (a project of the lab's demand) or `batch` (a task surge's one-off batch)", p => p.Kind);
    public static readonly Column<ProjectRow, int> Tasks = C.Int32("tasks", "tasks in it", p => p.Tasks);

    public static readonly Table<ProjectRow> Table = new(
        RunFiles.Projects,
        [Tick, Hours, Lab, TaskType, CodeName, Kind, Tasks],
        r => new ProjectRow(r.Get(Tick), r.Get(Hours), r.Get(Lab), r.Get(TaskType), r.Get(CodeName), r.Get(Kind), r.Get(Tasks)));

    /// <summary>The projects launched in a tick, in the order the tick reports them.</summary>
    public static IEnumerable<ProjectRow> Rows(TickReport report, ScenarioSpec spec) =>
        report.Projects.Select(p => new ProjectRow(report.Tick, SimTime.ToHours(p.AtMs), spec.Labs[p.Lab].Id, spec.TaskTypes[p.TaskType].Id, ProjectNames.Make(p.NameSeed), p.Kind, p.Tasks));
}
