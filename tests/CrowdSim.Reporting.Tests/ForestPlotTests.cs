using CrowdSim.Reporting.Charts;
using CrowdSim.Results.Experiment;

namespace CrowdSim.Reporting.Tests;

/// <summary>The forest plot's axis comes from the data drawn, and an undefined relative change is n/a (issue 14, item 16).</summary>
public sealed class ForestPlotTests
{
    private static ComparisonRow Row(string metric, double? relative, double? lower, double? upper, bool significant = false) =>
        new(metric, "pay-floor", 2, 2, 0, 0, 0, significant, 5, relative, lower, upper);

    [Fact]
    public void Limits_SpanEveryEstimateAndIntervalAndZero_WithAFivePercentMargin()
    {
        var (min, max) = ForestAxis.Limits([(10, 5, 15), (-2, -4, 0)]);

        Assert.Equal(-4 - (0.05 * 19), min, 12);
        Assert.Equal(15 + (0.05 * 19), max, 12);
    }

    [Fact]
    public void Limits_AlwaysIncludeZero_AndAreNotSymmetric()
    {
        var (min, max) = ForestAxis.Limits([(30, 20, 40)]);

        Assert.Equal(-2, min, 12);
        Assert.Equal(42, max, 12);
    }

    [Fact]
    public void Limits_IgnoreValuesThatAreNotFinite_AndWithNothingButZeroAreMinusOneToOne()
    {
        Assert.Equal((-1.0, 1.0), ForestAxis.Limits([(0, 0, 0), (double.PositiveInfinity, double.NegativeInfinity, double.NaN)]));
        Assert.Equal((-1.0, 1.0), ForestAxis.Limits([]));
        Assert.Equal((-0.1, 2.1), ForestAxis.Limits([(2, null, null)]));
    }

    [Fact]
    public void Of_ScalesTheAxisToTheRowsDrawn_AndNamesUndefinedRelativeChangesAsNA()
    {
        ComparisonRow[] rows =
        [
            Row("workerOutcomes.effectiveHourlyWageMedian", 0.10, 0.05, 0.15, significant: true),
            Row("queue.meanWaitMinutes", -0.02, -0.04, 0.0),
            Row("tasks.expired", null, null, null, significant: true),
        ];

        var chart = ForestPlot.Of(rows, "forest");

        var limits = chart.Plot.Axes.GetLimits();
        Assert.Equal(-4.95, limits.Left, 9);
        Assert.Equal(15.95, limits.Right, 9);
        Assert.Contains("n/a", chart.Caption, StringComparison.Ordinal);
        Assert.Contains("Tasks expired untaken (pay-floor)", chart.Caption, StringComparison.Ordinal);
        Assert.DoesNotContain("∞", chart.Caption, StringComparison.Ordinal);
        var svg = chart.Plot.GetSvgXml(chart.Width, chart.Height);
        Assert.DoesNotMatch(@">\s*[-−]0(\.0*)?\s*<", svg);
    }
}
