using System.Text.Json;

namespace CrowdSim.Reference;

/// <summary>
/// The reference loop's JSON line: its <see cref="ReducedFigures"/>, then the loop's wall time and CPU
/// time (user + system, <c>Process.TotalProcessorTime</c>), both from the scenario loaded to the
/// figures computed, and tasks completed per CPU-second.
/// </summary>
internal sealed record ReferenceLine(
    string Scenario,
    int Workers,
    int Days,
    int Ticks,
    long TasksCompleted,
    long Checks,
    double ChecksPerWorkerDay,
    double MedianPaidHourlyUsd,
    double MedianAllTimeHourlyUsd,
    double MeanWaitMinutes,
    double WallSeconds,
    double CpuSeconds,
    double TasksPerCpuSecond)
{
    public static JsonSerializerOptions Json { get; } = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static ReferenceLine Of(string scenario, ReducedFigures f, double wallSeconds, double cpuSeconds) => new(
        scenario,
        f.Workers,
        f.Days,
        f.Ticks,
        f.TasksCompleted,
        f.Checks,
        Math.Round(f.ChecksPerWorkerDay, 4),
        Math.Round(f.MedianPaidHourlyUsd, 4),
        Math.Round(f.MedianAllTimeHourlyUsd, 4),
        Math.Round(f.MeanWaitMinutes, 4),
        Math.Round(wallSeconds, 3),
        Math.Round(cpuSeconds, 3),
        cpuSeconds > 0 ? Math.Round(f.TasksCompleted / cpuSeconds) : 0);
}
