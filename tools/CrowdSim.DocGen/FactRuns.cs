using CrowdSim.Experiments.Statistics;
using CrowdSim.Model.Scenario;

namespace CrowdSim.DocGen;

/// <summary>The runs of the stylised facts: every distinct scenario of their arms (the same spec object is run once), looked up by spec.</summary>
internal sealed class FactRuns
{
    private readonly Dictionary<ScenarioSpec, ScenarioRun> _runs = new(ReferenceEqualityComparer.Instance);

    /// <param name="specs">What <see cref="SpecsOf"/> gave.</param>
    /// <param name="runs">Their runs, in the same order.</param>
    public FactRuns(IReadOnlyList<ScenarioSpec> specs, IReadOnlyList<ScenarioRun> runs)
    {
        if (specs.Count != runs.Count)
            throw new ArgumentException($"{specs.Count} scenarios but {runs.Count} runs", nameof(runs));
        for (var i = 0; i < specs.Count; i++)
            _runs.Add(specs[i], runs[i]);
    }

    /// <summary>Every scenario the facts need, each once, in the order the facts first name them.</summary>
    public static IReadOnlyList<ScenarioSpec> SpecsOf(IEnumerable<StylisedFact> facts) =>
        [.. facts.SelectMany(f => f.Measures)
            .SelectMany(m => new[] { m.With, m.Without })
            .SelectMany(arm => arm.Replications)
            .Distinct<ScenarioSpec>(ReferenceEqualityComparer.Instance)];

    /// <summary>A measure's mean and 95% t interval over the replications of each side.</summary>
    public FactComparison Compare(FactMeasure measure) => new(measure, Summarise(measure, measure.With), Summarise(measure, measure.Without));

    /// <summary>Mean and 95% t interval of one value per replication, cut to the values the measure can take; every value must be a finite number.</summary>
    public static SampleSummary Summarise(string what, IReadOnlyList<double> values, OutcomeRange range)
    {
        if (values.Any(v => !double.IsFinite(v)))
            throw new InvalidOperationException($"stylised fact measure '{what}' is not a finite number in every replication");
        return SampleSummary.Of(values, range);
    }

    private SampleSummary Summarise(FactMeasure measure, FactArm arm) =>
        Summarise($"{measure.Label} ({arm.Name})", arm.Replications.Select(spec => measure.Of(_runs[spec])).ToArray(), measure.Range);
}
