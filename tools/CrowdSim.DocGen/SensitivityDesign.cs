using CrowdSim.Experiments;
using CrowdSim.Experiments.Statistics;
using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios;

namespace CrowdSim.DocGen;

/// <summary>
/// One-at-a-time sensitivity of the baseline: each input moved down and up by a factor, every
/// variant run for the same replications (common random numbers). The variants are built by the
/// experiment machinery (<see cref="ExperimentPlanner"/>, <c>--set</c> overrides), as
/// <c>crowdsim sweep</c> builds them.
/// </summary>
internal static class SensitivityDesign
{
    public const string Scenario = "baseline";
    public const int Days = 14;
    public const int Replications = 2;
    public const double Down = 0.8;
    public const double Up = 1.25;

    /// <summary>The overrides every run of the design shares.</summary>
    public static IReadOnlyList<string> CommonOverrides { get; } = [$"days={Days}"];

    /// <summary>The baseline cell, then each input's down and up cells.</summary>
    public static IReadOnlyList<ExperimentCell> Cells()
    {
        var file = LiteratureRuns.File(Scenario);
        var options = new ScenarioLoadOptions { Overrides = CommonOverrides };
        var baseline = ExperimentPlanner.Compare([file], options).Cells.Single();
        var cells = new List<ExperimentCell> { baseline };
        foreach (var input in SensitivityInputs.All)
        {
            foreach (var factor in new[] { Down, Up })
                cells.Add(ExperimentPlanner.Sweep(file, options, input.Axes(baseline.Spec, factor)).Cells.Single());
        }
        return cells;
    }

    /// <summary>The scenario of replication <paramref name="k"/> of a cell: the baseline's seed for that replication.</summary>
    public static ScenarioSpec Replication(ExperimentCell cell, ulong baseSeed, int k) => cell.Spec with { Seed = ReplicationSeeds.For(baseSeed, k) };
}
