using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Results.Tables;

namespace CrowdSim.Results.Run;

/// <summary>requesters.csv: one row per requester of each demand line with <c>requesters</c>, written at the end of the run (header only when there are none).</summary>
public static class RequestersTable
{
    private static readonly Columns<RequesterRow> C = new();

    public static readonly Column<RequesterRow, string> Lab = C.Text("lab", "the lab's id", r => r.Lab);
    public static readonly Column<RequesterRow, int> Line = C.Int32("line", "the demand line, from 0, in the lab's `demand` list", r => r.Line);
    public static readonly Column<RequesterRow, int> Requester = C.Int32("requester", "the requester, from 0, within the line", r => r.Requester);
    public static readonly Column<RequesterRow, string> Platform = C.Text("platform", "platform id", r => r.Platform);
    public static readonly Column<RequesterRow, string> TaskType = C.Text("taskType", "task type id", r => r.TaskType);
    public static readonly Column<RequesterRow, double> HourlyPay = C.Double("hourlyPayUsd", "the hourly pay drawn for it, USD", r => r.HourlyPayUsd);
    public static readonly Column<RequesterRow, double> Reward = C.Double("rewardUsd", "reward per task offered to workers, USD", r => r.RewardUsd);
    public static readonly Column<RequesterRow, double> VolumeShare = C.Double("volumeShare", "the drawn share of the line's volume (a line's shares sum to 1)", r => r.VolumeShare);
    public static readonly Column<RequesterRow, double> TasksPerDay = C.Double("tasksPerDay", "its mean tasks per day before seasonality, surges and automation", r => r.TasksPerDay);
    public static readonly Column<RequesterRow, long> Posted = C.Int64("posted", "tasks it posted over the run", r => r.Posted);
    public static readonly Column<RequesterRow, long> Completed = C.Int64("completed", "tasks submitted (approved or rejected) over the run", r => r.Completed);
    public static readonly Column<RequesterRow, long> Approved = C.Int64("approved", "tasks approved over the run", r => r.Approved);
    public static readonly Column<RequesterRow, long> Expired = C.Int64("expired", "tasks that expired unfinished over the run", r => r.Expired);
    public static readonly Column<RequesterRow, long> OpenAtEnd = C.Int64("openAtEnd", "tasks waiting or in service at the end of the run", r => r.OpenAtEnd);

    public static readonly Table<RequesterRow> Table = new(
        RunFiles.Requesters,
        [Lab, Line, Requester, Platform, TaskType, HourlyPay, Reward, VolumeShare, TasksPerDay, Posted, Completed, Approved, Expired, OpenAtEnd],
        r => new RequesterRow(
            r.Get(Lab), r.Get(Line), r.Get(Requester), r.Get(Platform), r.Get(TaskType), r.Get(HourlyPay), r.Get(Reward), r.Get(VolumeShare),
            r.Get(TasksPerDay), r.Get(Posted), r.Get(Completed), r.Get(Approved), r.Get(Expired), r.Get(OpenAtEnd)));

    /// <summary>The rows of a run: its requesters' draws beside the counts of the whole run (<paramref name="totals"/>).</summary>
    public static IEnumerable<RequesterRow> Rows(ScenarioSpec spec, RunTotals totals) =>
        RequesterOutcomes.Of(spec, totals).Select(o => new RequesterRow(
            spec.Labs[o.Lab].Id, o.Line, o.Requester, spec.Platforms[o.Platform].Id, spec.TaskTypes[o.TaskType].Id,
            o.HourlyPayUsd, Money.ToUsd(o.RewardMicros), o.Weight, o.TasksPerDay, o.Posted, o.Completed, o.Approved, o.Expired, o.OpenAtEnd));
}
