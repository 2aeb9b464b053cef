using System.Collections.Concurrent;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;

namespace CrowdSim.DocGen;

/// <summary>
/// Runs scenarios on the single-threaded <see cref="LocalSimulation"/> (bit-identical to the Orleans
/// run, and faster), several at once; results come back in the order asked, whatever order they finish in.
/// </summary>
internal static class ScenarioRunner
{
    /// <summary>Runs at most this many scenarios at a time.</summary>
    public static int Parallelism => Math.Clamp(Environment.ProcessorCount, 1, 4);

    public static ScenarioRun Run(ScenarioSpec spec)
    {
        var sim = new LocalSimulation(spec, workersPerCohort: 1000);
        var digest = new TickDigest(spec.Regions.Count, spec.Days);
        for (var t = 0; t < spec.Ticks; t++)
            digest.Add(sim.Step());
        var broken = Conservation.Violations(sim.Totals);
        if (broken.Count > 0)
            throw new InvalidOperationException($"{spec.Name}: the books do not balance: {string.Join("; ", broken)}");
        var workers = sim.WorkerRecords();
        var summary = SummaryBuilder.Build(spec, sim.Totals, workers, sim.WaitsByQueue(), "");
        return new ScenarioRun(spec, summary, sim.Totals, workers, digest);
    }

    /// <summary>Runs every scenario, <see cref="Parallelism"/> at a time, longest first.</summary>
    public static ScenarioRun[] RunAll(IReadOnlyList<ScenarioSpec> specs)
    {
        var results = new ScenarioRun[specs.Count];
        var order = Enumerable.Range(0, specs.Count).OrderByDescending(i => (long)specs[i].Ticks * specs[i].WorkerCount).ToArray();
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, i => results[i] = Run(specs[i]));
        return results;
    }
}
