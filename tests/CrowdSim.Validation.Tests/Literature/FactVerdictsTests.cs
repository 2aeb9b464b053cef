using CrowdSim.DocGen;
using CrowdSim.Experiments.Statistics;
using static CrowdSim.DocGen.DocNumbers;

namespace CrowdSim.Validation.Tests.Literature;

/// <summary>How the validation document judges whether a stylised fact emerges, and the words it uses.</summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class FactVerdictsTests
{
    private static readonly FactArm On = new("on", []);
    private static readonly FactArm Off = new("off", []);

    private static SampleSummary Summary(double mean, double low, double high) => new(5, mean, 1, low, high);

    [Fact]
    public void Of_IntervalAboveTheValueWithout_OnThePublishedSide_Emerges()
    {
        Assert.Equal(FactVerdict.Emerges, FactVerdicts.Of(Summary(2.0, 1.5, 2.5), 1.0, RangeSide.Above));
    }

    [Fact]
    public void Of_MeanMovesButIntervalHoldsTheValueWithout_IsPartly()
    {
        Assert.Equal(FactVerdict.Partly, FactVerdicts.Of(Summary(2.0, 0.5, 3.5), 1.0, RangeSide.Above));
    }

    [Fact]
    public void Of_MeanMovesAwayFromThePublishedSide_DoesNotEmerge()
    {
        Assert.Equal(FactVerdict.DoesNotEmerge, FactVerdicts.Of(Summary(2.0, 1.5, 2.5), 1.0, RangeSide.Below));
        Assert.Equal(FactVerdict.DoesNotEmerge, FactVerdicts.Of(Summary(1.0, 0.5, 1.5), 1.0, RangeSide.Above));
    }

    [Fact]
    public void Of_ValueWithoutTheMechanismAlreadyInThePublishedRange_DoesNotEmerge()
    {
        Assert.Equal(FactVerdict.DoesNotEmerge, FactVerdicts.Of(Summary(2.0, 1.5, 2.5), 1.0, RangeSide.Within));
    }

    [Fact]
    public void Of_IntervalNotWhollyBeyondTheFactsOwnValue_IsPartly()
    {
        // Clears the value without the mechanism (0.9) but not 1, the value "a gap" names.
        Assert.Equal(FactVerdict.Partly, FactVerdicts.Of(Summary(1.02, 0.95, 1.10), 0.9, RangeSide.Above, beyond: 1));
        Assert.Equal(FactVerdict.Emerges, FactVerdicts.Of(Summary(1.3, 1.2, 1.4), 0.9, RangeSide.Above, beyond: 1));
    }

    [Fact]
    public void Combine_AllEmergeEmerges_NoneMovesDoesNot_OtherwisePartly()
    {
        Assert.Equal(FactVerdict.Emerges, FactVerdicts.Combine([FactVerdict.Emerges, FactVerdict.Emerges]));
        Assert.Equal(FactVerdict.DoesNotEmerge, FactVerdicts.Combine([FactVerdict.DoesNotEmerge, FactVerdict.DoesNotEmerge]));
        Assert.Equal(FactVerdict.Partly, FactVerdicts.Combine([FactVerdict.Emerges, FactVerdict.DoesNotEmerge]));
        Assert.Throws<ArgumentException>(() => FactVerdicts.Combine([]));
    }

    [Fact]
    public void Word_NamesTheVerdict()
    {
        Assert.Equal("emerges", FactVerdicts.Word(FactVerdict.Emerges));
        Assert.Equal("partly", FactVerdicts.Word(FactVerdict.Partly));
        Assert.Equal("does not emerge", FactVerdicts.Word(FactVerdict.DoesNotEmerge));
    }

    [Fact]
    public void Sentence_Emerges_SaysWhereTheIntervalLiesAndHowFarFromThePublishedValue()
    {
        var target = FactTarget.Published("about 0.1", new PublishedRange(0.1, 0.1));
        var c = Comparison("elasticity", target, Summary(2.44, 1.93, 2.95), Summary(9.69, 9.5, 9.88));

        Assert.Equal(
            "Elasticity: emerges; with the mechanism its interval [1.93, 2.95] lies below the value without it (9.69), on the published side; the mean with the mechanism is above the published value.",
            FactVerdicts.Sentence(c));
    }

    [Fact]
    public void Sentence_Partly_NamesTheFactsOwnValueTheIntervalDoesNotClear()
    {
        var target = FactTarget.Published("2.13", new PublishedRange(2.13, 2.13)) with { Beyond = (1, "a gap") };
        var c = Comparison("US ÷ India", target, Summary(1.02, 0.95, 1.10), Summary(0.92, 0.89, 0.96));

        Assert.Equal(FactVerdict.Partly, c.Verdict);
        Assert.Equal(
            "US ÷ India: partly; with the mechanism its interval [0.95, 1.10] lies above the value without it (0.92), on the published side, but not wholly above 1.00 (a gap); the mean with the mechanism is below the published value.",
            FactVerdicts.Sentence(c));
    }

    [Fact]
    public void Sentence_Partly_SaysTheIntervalStillHoldsTheValueWithout()
    {
        var c = Comparison("share", FactTarget.Towards(RangeSide.Below, "lower"), Summary(0.3, 0.1, 0.5), Summary(0.4, 0.39, 0.41));

        Assert.Equal(
            "Share: partly; with the mechanism the mean moves from 0.40 to 0.30, towards the published side, but its interval [0.10, 0.50] still holds the value without it.",
            FactVerdicts.Sentence(c));
    }

    [Fact]
    public void Sentence_DoesNotEmerge_SaysTheMeasureDidNotMoveTowardsThePublishedFigure()
    {
        var target = FactTarget.Published("1-3 USD/hour", new PublishedRange(1, 3));
        var c = Comparison("wage", target, Summary(14.44, 13.81, 15.07), Summary(7.25, 6.93, 7.57));

        Assert.Equal(FactVerdict.DoesNotEmerge, c.Verdict);
        Assert.Equal(
            "Wage: does not emerge; with the mechanism 14.44 [13.81, 15.07] against 7.25 without it: no move down, where the published figure lies; the mean with the mechanism is above the published range.",
            FactVerdicts.Sentence(c));
    }

    [Fact]
    public void MeanAndInterval_WritesTheMeanThenTheInterval()
    {
        Assert.Equal("2.31 [2.05, 2.57]", FactVerdicts.MeanAndInterval(Summary(2.31, 2.05, 2.57), F2));
        Assert.Equal("2.31", FactVerdicts.MeanAndInterval(new SampleSummary(1, 2.31, 0, null, null), F2));
    }

    [Fact]
    public void PublishedSide_IsWhereThePublishedRangeLiesRelativeToTheValueWithout()
    {
        var target = FactTarget.Published("1-3", new PublishedRange(1, 3));

        Assert.Equal(RangeSide.Below, target.PublishedSide(7));
        Assert.Equal(RangeSide.Above, target.PublishedSide(0.5));
        Assert.Equal(RangeSide.Within, target.PublishedSide(2));
        Assert.Equal(RangeSide.Above, FactTarget.Towards(RangeSide.Above, "higher").PublishedSide(100));
    }

    private static FactComparison Comparison(string label, FactTarget target, SampleSummary with, SampleSummary without) =>
        new(new FactMeasure(label, On, Off, _ => 0, OutcomeRange.Unbounded, F2, target), with, without);
}
