using System.Globalization;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Scenarios;

namespace CrowdSim.Benchmarks;

/// <summary>
/// The inputs every benchmark starts from: <c>scenarios/baseline.yaml</c> (seed 20240308), scaled
/// to another number of workers by <c>--set</c> overrides, and the tick to measure.
/// </summary>
public static class Baseline
{
    /// <summary>Workers in the baseline as written.</summary>
    public const int Workers = 3_000;

    /// <summary>Workers per cohort grain (the CLI's default).</summary>
    public const int WorkersPerCohort = 1_000;

    /// <summary>Ticks in a simulated day (15-minute ticks).</summary>
    public const int TicksPerDay = 96;

    /// <summary>
    /// Day 1, 14:00-14:15 UTC: past the first day's start-up, and every region is awake
    /// (US 09:00, Kenya 17:00, India 19:30), so check-ins and clearing are near their daily peak.
    /// </summary>
    public const int BusyTick = TicksPerDay + (14 * 4);

    /// <summary>
    /// The baseline with <paramref name="workers"/> workers: every pool's count and every demand
    /// line's tasks per day (and project-launch size) scaled by the same factor, so work per worker
    /// stays as in the file. The overrides go through the loader, so the result is validated.
    /// </summary>
    public static ScenarioSpec Load(int workers = Workers)
    {
        var path = ScenarioPath();
        var spec = ScenarioLoader.LoadFile(path);
        if (workers == spec.WorkerCount)
            return spec;
        return ScenarioLoader.LoadFile(path, ScaleOverrides(spec, workers));
    }

    private static List<string> ScaleOverrides(ScenarioSpec spec, int workers)
    {
        var factor = (double)workers / spec.WorkerCount;
        var overrides = new List<string>();
        var counts = spec.WorkerPools.Select(p => (int)Math.Round(p.Count * factor)).ToArray();
        // The largest pool takes the rounding remainder, so the total is exactly `workers`.
        var largest = Array.IndexOf(counts, counts.Max());
        counts[largest] += workers - counts.Sum();
        for (var p = 0; p < counts.Length; p++)
            overrides.Add(Set($"workers.{spec.WorkerPools[p].Id}.count", counts[p]));
        foreach (var lab in spec.Labs)
        {
            for (var d = 0; d < lab.Demand.Count; d++)
            {
                var line = lab.Demand[d];
                overrides.Add(Set($"labs.{lab.Id}.demand.{d}.tasksPerDay", (long)Math.Round(line.TasksPerDay * factor)));
                if (line.BurstsPerWeek > 0)
                    overrides.Add(Set($"labs.{lab.Id}.demand.{d}.bursts.minTasks", Math.Max(1, (long)Math.Round(line.BurstMinTasks * factor))));
            }
        }
        return overrides;
    }

    private static string Set(string path, long value) => path + "=" + value.ToString(CultureInfo.InvariantCulture);

    // BenchmarkDotNet runs each benchmark from a generated project below bin/, so look upwards
    // from there (and from the working directory) for the repository's scenarios folder.
    private static string ScenarioPath()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "scenarios", "baseline.yaml");
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        throw new FileNotFoundException("scenarios/baseline.yaml not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs <paramref name="ticks"/> whole ticks.</summary>
    public static void Advance(LocalSimulation sim, int ticks)
    {
        for (var t = 0; t < ticks; t++)
            sim.Step();
    }
}
