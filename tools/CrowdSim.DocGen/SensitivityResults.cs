using CrowdSim.Experiments.Statistics;
using CrowdSim.Model.Metrics;

namespace CrowdSim.DocGen;

/// <summary>The sensitivity design's effects: every input against every headline output.</summary>
internal sealed class SensitivityResults(IReadOnlyList<SensitivityEffect> effects)
{
    public IReadOnlyList<SensitivityEffect> Effects { get; } = effects;

    /// <summary>The effect of one input on one output.</summary>
    public SensitivityEffect Of(SensitivityInput input, HeadlineOutput output) => Effects.Single(e => e.Input == input && e.Output == output);

    /// <summary>Inputs by the mean absolute elasticity over all outputs (Morris' μ*), largest first; ties by name.</summary>
    public IReadOnlyList<(SensitivityInput Input, double MeanAbsElasticity)> Ranking() =>
        SensitivityInputs.All
            .Select(i => (Input: i, MeanAbsElasticity: HeadlineOutput.All.Average(o => Math.Abs(Of(i, o).Elasticity))))
            .OrderByDescending(x => Math.Round(x.MeanAbsElasticity, 6))
            .ThenBy(x => x.Input.Name, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The effects on one output, largest absolute elasticity first; ties by name.</summary>
    public IReadOnlyList<SensitivityEffect> RankedFor(HeadlineOutput output) =>
        Effects.Where(e => e.Output == output)
            .OrderByDescending(e => Math.Round(Math.Abs(e.Elasticity), 6))
            .ThenBy(e => e.Input.Name, StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// Computes the effects from the runs of <see cref="SensitivityDesign.Cells"/>: <paramref name="summaries"/>[cell][replication].
    /// </summary>
    public static SensitivityResults From(IReadOnlyList<IReadOnlyList<RunSummary>> summaries)
    {
        var values = summaries.Select(cell => cell.Select(OutcomeMetrics.Of).ToArray()).ToArray();
        IReadOnlyList<double> Series(int cell, HeadlineOutput output) =>
            values[cell].Select(m => m.TryGetValue(output.Path, out var v) ? v : throw new KeyNotFoundException($"summary has no outcome '{output.Path}'")).ToArray();

        var logRange = Math.Log(SensitivityDesign.Up / SensitivityDesign.Down);
        var effects = new List<SensitivityEffect>();
        for (var i = 0; i < SensitivityInputs.All.Count; i++)
        {
            foreach (var output in HeadlineOutput.All)
                effects.Add(SensitivityEffect.Of(SensitivityInputs.All[i], output, Series(0, output), Series(1 + (2 * i), output), Series(2 + (2 * i), output), logRange));
        }
        return new SensitivityResults(effects);
    }
}
