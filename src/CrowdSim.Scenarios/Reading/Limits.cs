using System.Globalization;

namespace CrowdSim.Scenarios.Reading;

/// <summary>The range a number in a scenario must fall in, and how to say so in an error.</summary>
internal sealed record Limits(double Min, double Max, bool MinExclusive = false)
{
    public static readonly Limits NonNegative = new(0, double.MaxValue);

    /// <summary>An amount of money, USD: up to a million (money is kept in whole micro-dollars, and sums must not overflow).</summary>
    public static readonly Limits Money = new(0, 1_000_000);
    public static readonly Limits Positive = new(0, double.MaxValue, MinExclusive: true);

    public static Limits Between(double min, double max) => new(min, max);

    public static Limits AtLeast(double min) => new(min, double.MaxValue);

    public static Limits GreaterThan(double min) => new(min, double.MaxValue, MinExclusive: true);

    public bool Contains(double value) =>
        (MinExclusive ? value > Min : value >= Min) && value <= Max;

    /// <summary>E.g. "a number > 0", "an integer between 1 and 3650".</summary>
    public string Describe(string noun)
    {
        if (Max < double.MaxValue)
            return $"{noun} between {Format(Min)} and {Format(Max)}";
        return $"{noun} {(MinExclusive ? ">" : ">=")} {Format(Min)}";
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
