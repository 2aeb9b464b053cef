using CrowdSim.Experiments.Statistics;

namespace CrowdSim.DocGen;

/// <summary>A measure over the replications with and without the mechanism, and its verdict.</summary>
internal sealed record FactComparison(FactMeasure Measure, SampleSummary With, SampleSummary Without)
{
    /// <summary>Where the published figure lies relative to the mean without the mechanism; null for a row with no target.</summary>
    public RangeSide? PublishedSide => Measure.Target?.PublishedSide(Without.Mean);

    /// <summary>The verdict on this measure; null for a row with no target.</summary>
    public FactVerdict? Verdict => PublishedSide is { } side ? FactVerdicts.Of(With, Without.Mean, side, Measure.Target!.Beyond?.Value) : null;
}
