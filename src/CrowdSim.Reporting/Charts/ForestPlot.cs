using CrowdSim.Results.Experiment;
using CrowdSim.Reporting.Html;
using ScottPlot;

namespace CrowdSim.Reporting.Charts;

/// <summary>
/// A forest plot of a comparison: one row per metric × variant, the paired difference from the
/// baseline relative to the baseline's mean (comparison.csv's <c>relative</c>), with its 95%
/// interval. Filled, coloured rows are significant (the difference's interval excludes zero);
/// hollow grey ones are not. The axis spans what is drawn (<see cref="ForestAxis"/>). A row whose
/// relative change is undefined (the baseline's mean is zero, or not clearly apart from zero) is
/// not drawn but named in the caption as n/a.
/// </summary>
internal static class ForestPlot
{
    private const int RowPixels = 26;
    private static readonly Color Significant = Color.FromHex("#c0392b");
    private static readonly Color NotSignificant = Color.FromHex("#8c8c8c");

    public static Chart Of(IReadOnlyList<ComparisonRow> rows, string name)
    {
        var drawable = rows.Where(r => r.Relative is { } v && double.IsFinite(v)).ToArray();
        var undefined = rows.Except(drawable).Select(r => $"{MetricText.Label(r.Metric)} ({r.Scenario})").ToArray();
        var oneVariant = rows.Select(r => r.Scenario).Distinct(StringComparer.Ordinal).Count() == 1;
        var (min, max) = ForestAxis.Limits(drawable.Select(Percent));
        var plot = ChartStyle.NewPlot("Difference from the baseline, with 95% intervals", "difference (% of the baseline's mean)", "");
        var ticks = new List<Tick>();
        for (var i = 0; i < drawable.Length; i++)
        {
            var row = drawable[i];
            var (estimate, lower, upper) = Percent(row);
            var y = drawable.Length - 1 - i;
            var color = row.Significant ? Significant : NotSignificant;
            if (lower is { } from && upper is { } to)
            {
                Segment(plot, from, y, to, y, color);
                Segment(plot, from, y - 0.18, from, y + 0.18, color);
                Segment(plot, to, y - 0.18, to, y + 0.18, color);
            }
            plot.Add.Marker(estimate, y, row.Significant ? MarkerShape.FilledCircle : MarkerShape.OpenCircle, 9, color);
            ticks.Add(new Tick(y, $"{MetricText.Label(row.Metric)}{(oneVariant ? "" : " · " + row.Scenario)}{(row.Significant ? " *" : "")}"));
        }
        var zero = plot.Add.VerticalLine(0, 1, Colors.Black, LinePattern.Solid);
        zero.ExcludeFromLegend = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimits(min, max, -0.7, drawable.Length - 0.3);
        var caption = "One row per headline metric" + (oneVariant ? $" ({(rows.Count > 0 ? rows[0].Scenario : "")} against the baseline)" : " and variant")
            + ": the mean of the paired differences (variant − baseline, same seeds) as a percentage of the baseline's mean, "
            + "with its 95% confidence interval (Fieller's, which allows for the uncertainty of the baseline's mean). "
            + "Filled red with *: the difference's interval excludes zero (significant); hollow grey: it does not."
            + (undefined.Length == 0 ? "" : $" Relative change n/a (the baseline's mean is zero or not clearly apart from zero), not drawn: {string.Join("; ", undefined)}.");
        return new Chart(name, "Forest plot of differences", caption, plot, ChartStyle.Width, 110 + (RowPixels * Math.Max(1, drawable.Length)));
    }

    // The row's relative change and interval, in percent.
    private static (double Estimate, double? Lower, double? Upper) Percent(ComparisonRow row) =>
        (row.Relative!.Value * 100, row.RelativeCiLower * 100, row.RelativeCiUpper * 100);

    private static void Segment(Plot plot, double x1, double y1, double x2, double y2, Color color)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.LineColor = color;
        line.LineWidth = 2;
        line.MarkerSize = 0;
    }
}
