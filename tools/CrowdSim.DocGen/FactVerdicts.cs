using CrowdSim.Experiments.Statistics;

namespace CrowdSim.DocGen;

/// <summary>
/// The verdict on a stylised fact, from the numbers alone: a measure <b>emerges</b> when the 95%
/// interval with the mechanism excludes the mean without it and lies on the side of it where the
/// published figure is (and beyond the value the fact itself names, if any: 1 for "a gap");
/// <b>partly</b> when the mean moves that way but not all of that holds; otherwise it <b>does not
/// emerge</b>, as when the value without the mechanism already lies in the published range.
/// </summary>
internal static class FactVerdicts
{
    /// <summary>
    /// The verdict on one measure: <paramref name="publishedSide"/> is where the published figure lies
    /// relative to <paramref name="without"/>, and <paramref name="beyond"/> a value the interval must
    /// also clear on that side (or null).
    /// </summary>
    public static FactVerdict Of(SampleSummary with, double without, RangeSide publishedSide, double? beyond = null)
    {
        if (publishedSide == RangeSide.Within || !Towards(with.Mean, without, publishedSide))
            return FactVerdict.DoesNotEmerge;
        return Clears(with, without, publishedSide) && (beyond is not { } b || Clears(with, b, publishedSide))
            ? FactVerdict.Emerges
            : FactVerdict.Partly;
    }

    /// <summary>A fact's verdict from its measures': emerges if all do, does not emerge if none moves, partly otherwise.</summary>
    public static FactVerdict Combine(IReadOnlyCollection<FactVerdict> verdicts)
    {
        if (verdicts.Count == 0)
            throw new ArgumentException("a stylised fact needs at least one measure with a published target", nameof(verdicts));
        return verdicts.All(v => v == FactVerdict.Emerges) ? FactVerdict.Emerges
            : verdicts.All(v => v == FactVerdict.DoesNotEmerge) ? FactVerdict.DoesNotEmerge
            : FactVerdict.Partly;
    }

    /// <summary>The verdict in words: "emerges", "partly", "does not emerge".</summary>
    public static string Word(FactVerdict verdict) => verdict switch
    {
        FactVerdict.Emerges => "emerges",
        FactVerdict.Partly => "partly",
        _ => "does not emerge",
    };

    /// <summary>One sentence saying why a measure got its verdict, and where it stands against the published figure.</summary>
    public static string Sentence(FactComparison c)
    {
        var m = c.Measure;
        var target = m.Target ?? throw new ArgumentException($"'{m.Label}' has no target", nameof(c));
        var side = c.PublishedSide!.Value;
        var with = m.Format(c.With.Mean);
        var without = m.Format(c.Without.Mean);
        var interval = Interval(c.With, m.Format);
        var beyond = target.Beyond is { } b ? $"{Word(side)} {m.Format(b.Value)} ({b.Meaning})" : null;
        string why;
        if (side == RangeSide.Within)
            why = $"without the mechanism it already lies in the published range ({without})";
        else if (!Towards(c.With.Mean, c.Without.Mean, side))
            why = $"with the mechanism {with} {interval} against {without} without it: no move {(side == RangeSide.Above ? "up" : "down")}, where the published figure lies";
        else if (!Clears(c.With, c.Without.Mean, side))
            why = $"with the mechanism the mean moves from {without} to {with}, towards the published side, but its interval {interval} still holds the value without it";
        else if (target.Beyond is { } limit && !Clears(c.With, limit.Value, side))
            why = $"with the mechanism its interval {interval} lies {Word(side)} the value without it ({without}), on the published side, but not wholly {beyond}";
        else
            why = $"with the mechanism its interval {interval} lies {Word(side)} the value without it ({without}), on the published side{(beyond is null ? "" : $", and wholly {beyond}")}";
        var reach = target.Range is { } range ? $"; the mean with the mechanism is {Reach(range, c.With.Mean)} the published {(range.Low == range.High ? "value" : "range")}" : "";
        return $"{Capitalise(m.Label)}: {Word(c.Verdict!.Value)}; {why}{reach}.";
    }

    /// <summary>A mean with its interval: <c>2.31 [2.05, 2.57]</c> (the mean alone when there is no interval).</summary>
    public static string MeanAndInterval(SampleSummary s, Func<double, string> format) =>
        s.CiLower is null ? format(s.Mean) : $"{format(s.Mean)} {Interval(s, format)}";

    private static string Interval(SampleSummary s, Func<double, string> format) =>
        s.CiLower is { } low && s.CiUpper is { } high ? $"[{format(low)}, {format(high)}]" : "(no interval)";

    private static bool Towards(double mean, double without, RangeSide side) => side == RangeSide.Above ? mean > without : mean < without;

    /// <summary>Whether the whole interval lies beyond <paramref name="value"/> on <paramref name="side"/> (never, without an interval).</summary>
    private static bool Clears(SampleSummary s, double value, RangeSide side) => side == RangeSide.Above ? s.CiLower > value : s.CiUpper < value;

    private static string Word(RangeSide side) => side == RangeSide.Above ? "above" : "below";

    private static string Reach(PublishedRange range, double x) => range.Side(x) switch
    {
        RangeSide.Below => "below",
        RangeSide.Above => "above",
        _ => range.Low == range.High ? "equal to" : "within",
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
