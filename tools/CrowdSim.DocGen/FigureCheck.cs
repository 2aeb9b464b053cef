namespace CrowdSim.DocGen;

/// <summary>
/// A numeric comparison of a figure with a model output, and the side of the published range the
/// model came out on when the figure's sentence was written. If a change to the model moves the
/// output to another side, the document cannot be generated until the sentence is revisited.
/// </summary>
/// <param name="Measure">What is compared, as the verdict names it (e.g. "Share of the pool in session").</param>
/// <param name="Model">The model's comparable value, from the runs.</param>
/// <param name="Expected">Where the sentence says the model lies.</param>
/// <param name="Range">The published range in the model value's unit; null to read it from the figure's value.</param>
internal sealed record FigureCheck(string Measure, Func<LiteratureRuns, double> Model, RangeSide Expected, PublishedRange? Range = null);
