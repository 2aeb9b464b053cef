namespace CrowdSim.DocGen;

/// <summary>
/// The published figure a stylised fact's measure is compared with: always an outcome of the model,
/// never one of its inputs.
/// </summary>
/// <param name="Text">The figure as the table shows it, with its source.</param>
/// <param name="Range">The published value or range in the measure's unit; null when the source gives a direction only.</param>
/// <param name="Direction">For a direction only: the side of the value without the mechanism on which the fact puts the measure.</param>
internal sealed record FactTarget(string Text, PublishedRange? Range, RangeSide? Direction = null)
{
    /// <summary>
    /// A value the fact itself says the measure lies beyond, on the published side, with what that means
    /// (1 and "a gap" for a ratio of two regions' wages); null when the fact names none.
    /// </summary>
    public (double Value, string Meaning)? Beyond { get; init; }

    /// <summary>A published value or range.</summary>
    public static FactTarget Published(string text, PublishedRange range) => new(text, range);

    /// <summary>A direction the source reports without a number comparable with the measure.</summary>
    public static FactTarget Towards(RangeSide direction, string text) => new(text, null, direction);

    /// <summary>
    /// The side of <paramref name="without"/> (the value without the mechanism) on which the published
    /// figure lies: <see cref="RangeSide.Within"/> when that value already lies in the published range.
    /// </summary>
    public RangeSide PublishedSide(double without) => Range is { } r
        ? without < r.Low ? RangeSide.Above : without > r.High ? RangeSide.Below : RangeSide.Within
        : Direction ?? throw new InvalidOperationException($"target '{Text}' has neither a range nor a direction");
}
