using System.Globalization;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Scenarios;
using CrowdSim.Scenarios.Scaling;

namespace CrowdSim.Benchmarks;

/// <summary>
/// The inputs every benchmark starts from: <c>scenarios/baseline.yaml</c> (seed 20240308), scaled
/// to another number of workers by <see cref="ScenarioScaler"/> (as <c>crowdsim bench</c> does), and the tick to measure.
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
    /// stays as in the file.
    /// </summary>
    public static ScenarioSpec Load(int workers = Workers)
    {
        var spec = ScenarioLoader.LoadFile(ScenarioPath());
        return workers == spec.WorkerCount ? spec : ScenarioScaler.ToWorkers(spec, workers);
    }

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
