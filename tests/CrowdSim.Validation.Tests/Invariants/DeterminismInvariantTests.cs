using System.Text.Json;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>
/// Results do not depend on how workers are grouped into cohorts (docs/ARCHITECTURE.md,
/// "Determinism"): the same scenario run with 1, 7 and 1000 workers per cohort gives the same
/// report at every tick (queues, money, regions, the task log) and the same worker records.
/// </summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class DeterminismInvariantTests
{
    private const int Cases = 30;
    private static readonly int[] Groupings = [1, 7, 1000];

    [Fact]
    public void Results_DoNotDependOnWorkersPerCohort() => GeneratedCases.Check(Cases, stream: 51, (spec, label) =>
    {
        var sims = Groupings.Select(k => new LocalSimulation(spec, k, recordTaskEvents: true)).ToArray();
        for (var t = 0; t < spec.Ticks; t++)
        {
            var reports = sims.Select(s => JsonSerializer.Serialize(s.Step())).ToArray();
            for (var g = 1; g < sims.Length; g++)
            {
                if (reports[g] != reports[0])
                    Assert.Fail($"{label}, tick {t}: {Groupings[g]} workers per cohort report {Difference(reports[0], reports[g])}, {Groupings[0]} per cohort did not");
            }
        }
        var records = sims.Select(s => s.WorkerRecords()).ToArray();
        for (var g = 1; g < sims.Length; g++)
        {
            for (var w = 0; w < records[0].Length; w++)
            {
                if (records[g][w] != records[0][w])
                    Assert.Fail($"{label}: worker {w} with {Groupings[g]} workers per cohort is {records[g][w]}, with {Groupings[0]} {records[0][w]}");
            }
        }
    });

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
