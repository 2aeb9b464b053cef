namespace CrowdSim.DocGen;

/// <summary>A pattern the literature reports, the mechanism meant to produce it, and how it is measured.</summary>
/// <param name="Title">The section's heading.</param>
/// <param name="Text">The mechanism, the fact, the published figure with its source, the design and the contrast (numbers from the scenarios as loaded).</param>
/// <param name="Measures">The table's rows.</param>
/// <param name="Note">A closing remark written from the comparisons, or null.</param>
internal sealed record StylisedFact(string Title, string Text, IReadOnlyList<FactMeasure> Measures, Func<IReadOnlyList<FactComparison>, string?>? Note = null);
