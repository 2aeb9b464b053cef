using CsCheck;

namespace CrowdSim.Testing.Generators;

/// <summary>CsCheck combinators the scenario generators share.</summary>
public static class Gens
{
    /// <summary>One value from each generator, in order.</summary>
    public static Gen<T[]> All<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<T>()), (all, gen) => from xs in all from x in gen select (T[])[.. xs, x]);

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> of the items (at most all of them), in random order.</summary>
    public static Gen<T[]> Some<T>(T[] items, int min, int max) =>
        from n in Gen.Int[min, Math.Min(max, items.Length)]
        from shuffled in Gen.Shuffle(items)
        select shuffled[..n];

    /// <summary>
    /// A number spread evenly over [<paramref name="min"/>, <paramref name="max"/>). (CsCheck's
    /// <c>Gen.Double[min, max]</c> favours values near <paramref name="min"/>, a third of them exactly
    /// there: good for finding edge cases, but it would leave most busy scenarios without rejections or
    /// abandonment. Edges are drawn on purpose where they matter.)
    /// </summary>
    public static Gen<double> Uniform(double min, double max) => Gen.Double.Unit.Select(u => min + ((max - min) * u));

    /// <summary><paramref name="gen"/>'s value with probability <paramref name="probability"/> (in whole percent), else null.</summary>
    public static Gen<T?> Maybe<T>(Gen<T> gen, double probability) where T : class
    {
        var weight = (int)Math.Round(probability * 100);
        return Gen.Frequency<T?>((weight, gen.Select(x => (T?)x)), (100 - weight, Gen.Const((T?)null)));
    }

    /// <summary>Hours that are a whole number of minutes, between <paramref name="minMinutes"/> and <paramref name="maxMinutes"/>: the finest a scenario file can say.</summary>
    public static Gen<double> WholeMinutesAsHours(int minMinutes, int maxMinutes) => Gen.Int[minMinutes, maxMinutes].Select(m => m / 60.0);
}
