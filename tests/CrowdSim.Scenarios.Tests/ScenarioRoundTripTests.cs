using System.Text.Json;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Testing.Generators;
using CsCheck;

namespace CrowdSim.Scenarios.Tests;

/// <summary>
/// Property tests of <see cref="ScenarioWriter"/> on generated valid scenarios: writing a spec and
/// loading the file gives the same spec back, and the loaded spec runs with balanced books.
/// </summary>
public sealed class ScenarioRoundTripTests
{
    private const int Iterations = 100;
    private const ulong BaseSeed = 20240308;
    private const int TicksToRun = 8;

    [Fact]
    public void WriteThenLoad_GivesAnEqualSpecThatWritesTheSameFile() => ForGeneratedSpecs(spec =>
    {
        var yaml = ScenarioWriter.ToYaml(spec);
        var loaded = ScenarioLoader.LoadText(yaml, "x.yaml");
        Assert.Equal(Json(spec), Json(loaded));
        Assert.Equal(yaml, ScenarioWriter.ToYaml(loaded));
    });

    [Fact]
    public void WriteThenLoad_RunsWithBalancedBooks() => ForGeneratedSpecs(spec =>
    {
        var sim = new LocalSimulation(ScenarioLoader.LoadText(ScenarioWriter.ToYaml(spec), "x.yaml"), workersPerCohort: 7);
        for (var tick = 0; tick < Math.Min(TicksToRun, spec.Ticks); tick++)
        {
            sim.Step();
            Assert.Empty(Conservation.Violations(sim.Totals));
        }
    });

    [Theory]
    [MemberData(nameof(ScenarioFuzzTests.BundledScenarios), MemberType = typeof(ScenarioFuzzTests))]
    public void WriteThenLoad_BundledScenario_GivesAnEqualSpec(string file)
    {
        var spec = ScenarioLoader.LoadFile(RepoRoot.Scenario(file));

        Assert.Equal(Json(spec), Json(ScenarioLoader.LoadText(ScenarioWriter.ToYaml(spec), "x.yaml")));
    }

    [Fact]
    public void ToYaml_WritesDefaultsAndSpecialValuesExplicitly()
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.Yaml, "minimal.yaml");
        var yaml = ScenarioWriter.ToYaml(spec with
        {
            WorkerPools = [spec.WorkerPools[0] with { Churn = null }],
        });

        Assert.Contains("tickMinutes: 15\n", yaml);
        Assert.Contains("    utcOffset: \"+03:00\"\n", yaml);
        Assert.Contains("    sleep: \"23:00-07:00\"\n", yaml);
        Assert.Contains("    expiry: 3d\n", yaml);
        Assert.Contains("    kind: managed-crowd\n", yaml);
        Assert.Contains("    wagePolicy: fixed\n", yaml);
        Assert.Contains("    churn: none\n", yaml);
        Assert.Contains("  - at: day 5\n    type: task_surge\n", yaml);
    }

    [Fact]
    public void ToYaml_QuotesTextThatWouldNotReadBackAsWritten()
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.Yaml, "minimal.yaml") with { Name = "null: \"a\"\n#b" };

        var yaml = ScenarioWriter.ToYaml(spec);

        Assert.StartsWith("name: \"null: \\\"a\\\"\\u000A#b\"\n", yaml, StringComparison.Ordinal);
        Assert.Equal(spec.Name, ScenarioLoader.LoadText(yaml, "x.yaml").Name);
    }

    // Found by WriteThenLoad_RunsWithBalancedBooks: a line whose automated work spilled over onto its own
    // line was automated and spilled again, every tick, so demand grew geometrically. Spill-over tasks
    // no longer spill over again.
    [Fact]
    public void SpilloverOntoItsOwnLine_IsRefusedOrStaysBounded()
    {
        var yaml = MinimalScenario.With(
            "    priceUsd: 0.3\n",
            "    priceUsd: 0.3\n        automatedShare: 1\n        spillover: {taskType: bbox, tasksPerAutomated: 2}\n");

        // A day of this line creates about 1,000 tasks, 3,000 with one round of spill-over.
        RefusedOrRuns(yaml, ticks: 96, totals => Assert.InRange(totals.Labs.Sum(l => l.Created), 0, 10_000));
    }

    // Money is kept in whole micro-dollars (long), 9.2e12 USD at most; the loader puts no upper bound on amounts.
    [Fact]
    public void HugePrice_IsRefusedOrRuns()
    {
        var yaml = MinimalScenario.With(
            "    priceUsd: 0.3\n",
            "    priceUsd: 1e15\n      - {taskType: bbox, platform: open-market, tasksPerDay: 1000, priceUsd: 1e15}\n");

        RefusedOrRuns(yaml, ticks: 96, _ => { });
    }

    /// <summary>Passes when the loader refuses <paramref name="yaml"/>; otherwise runs it, checking the books and <paramref name="check"/> after every tick.</summary>
    private static void RefusedOrRuns(string yaml, int ticks, Action<RunTotals> check)
    {
        ScenarioSpec spec;
        try
        {
            spec = ScenarioLoader.LoadText(yaml, "x.yaml");
        }
        catch (ScenarioException)
        {
            return;
        }
        var sim = new LocalSimulation(spec, workersPerCohort: 7);
        for (var tick = 0; tick < ticks; tick++)
        {
            sim.Step();
            Assert.Empty(Conservation.Violations(sim.Totals));
            check(sim.Totals);
        }
    }

    /// <summary>
    /// Checks <paramref name="property"/> on <see cref="Iterations"/> generated specs, each drawn from a
    /// seed of its own derived from <see cref="BaseSeed"/>, so every run checks the same specs. A
    /// failure names its CsCheck seed; <c>AnyScenarios.Spec.Sample(property, seed: "...")</c>
    /// replays it, and with a larger <c>iter</c> shrinks it.
    /// </summary>
    private static void ForGeneratedSpecs(Action<ScenarioSpec> property)
    {
        for (uint i = 0; i < Iterations; i++)
        {
            var seed = new PCG(i, BaseSeed).ToString();
            AnyScenarios.Spec.Sample(property, seed: seed, iter: 1, threads: 1, print: ScenarioWriter.ToYaml);
        }
    }

    // The specs hold lists, which records compare by reference: compare everything they hold instead.
    private static string Json(ScenarioSpec spec) => JsonSerializer.Serialize(spec);
}
