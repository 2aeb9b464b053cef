using CrowdSim.Testing.Cluster;
using System.Text.Json;
using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>
/// Both hosts of the <see cref="TickPlan"/> give the same run (docs/ARCHITECTURE.md, "One tick"):
/// a generated scenario run by the coordinator grain on an embedded silo, and by
/// <see cref="LocalSimulation"/> in this thread, gives the same report at every tick (with the task
/// log), the same worker records and the same wait histograms. Each case has 1, 7 or 1000 workers
/// per grain, picked by the scenario's seed; every other case has a measurement window
/// (<see cref="WindowedCases"/>), whose worker records and waits must agree too.
/// </summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class HostInvariantTests(EmbeddedClusterFixture silo) : IClassFixture<EmbeddedClusterFixture>
{
    private const int Cases = 40;
    private const int TicksPerStep = 24;
    private static readonly int[] Groupings = [1, 7, 1000];
    private static int s_runs;

    [Fact]
    public void Results_OnGrains_EqualTheSingleThreadedRun() => GeneratedCases.Check(Cases, stream: 81, (spec, label) =>
    {
        if (spec.Seed % 2 == 1)
        {
            spec = WindowedCases.WithWindow(spec);
            label += $", measured over minutes {spec.Measure!.FromMinutes}-{spec.Measure.ToMinutes}";
        }
        var workersPerGrain = Groupings[spec.Seed % (ulong)Groupings.Length];
        // Off the test's synchronisation context, so that waiting on the grain calls cannot deadlock it.
        Task.Run(() => CompareAsync(spec, workersPerGrain, $"{label}, {workersPerGrain} workers per grain")).GetAwaiter().GetResult();
    });

    /// <summary>Supply-responsive pricing (issue 15): the signals reach the vendors, and the reviews their platforms, alike in both hosts.</summary>
    [Fact]
    public void Results_WithResponsivePricing_OnGrains_EqualTheSingleThreadedRun() => GeneratedCases.Check(Cases / 4, stream: 150, (spec, label) =>
    {
        var priced = PricingScenarios.On(spec);
        var workersPerGrain = Groupings[spec.Seed % (ulong)Groupings.Length];
        Task.Run(() => CompareAsync(priced, workersPerGrain, $"{label} with pricing, {workersPerGrain} workers per grain")).GetAwaiter().GetResult();
    });

    private async Task CompareAsync(ScenarioSpec spec, int workersPerGrain, string label)
    {
        var local = new LocalSimulation(spec, workersPerGrain, recordTaskEvents: true);
        var setup = new RunSetup($"hosts-{Interlocked.Increment(ref s_runs)}", spec, workersPerGrain, RecordTaskEvents: true);
        var coordinator = silo.Grains.GetGrain<ICoordinatorGrain>(setup.RunId);
        await coordinator.StartAsync(setup);

        var ticks = 0;
        var finished = false;
        while (!finished)
        {
            var step = await coordinator.StepAsync(TicksPerStep);
            foreach (var report in step.Ticks)
            {
                var expected = JsonSerializer.Serialize(local.Step());
                var actual = JsonSerializer.Serialize(report);
                if (actual != expected)
                    Assert.Fail($"{label}, tick {ticks}: the grains report {Difference(expected, actual)}, the single-threaded run did not");
                ticks++;
            }
            finished = step.Finished;
        }
        Assert.Equal(spec.Ticks, ticks);

        var final = await coordinator.FinishAsync();
        var records = local.WorkerRecords();
        Assert.Equal(records.Length, final.Workers.Length);
        for (var w = 0; w < records.Length; w++)
        {
            if (final.Workers[w] != records[w])
                Assert.Fail($"{label}: worker {w} on grains is {final.Workers[w]}, single-threaded {records[w]}");
        }
        if (Waits(final.WaitsByQueue) != Waits(local.WaitsByQueue()))
            Assert.Fail($"{label}: the wait histograms differ");
    }

    private static string Waits(Model.Metrics.WaitHistogram[][] waits) => JsonSerializer.Serialize(waits.Select(p => p.Select(h => h.Counts)));

    /// <summary>The text around the first difference between two serialised reports.</summary>
    private static string Difference(string expected, string actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
            at++;
        var from = Math.Max(0, at - 80);
        return $"…{actual[from..Math.Min(actual.Length, at + 80)]}… where there was …{expected[from..Math.Min(expected.Length, at + 80)]}…";
    }
}
