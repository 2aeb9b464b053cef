using CrowdSim.Results.Experiment;
using CrowdSim.Reporting.Html;
using ScottPlot;

namespace CrowdSim.Reporting.Charts;

/// <summary>
/// A forest plot of a comparison: one row per metric × variant, the paired difference from the
/// baseline as a share of the baseline's mean, with its 95% interval. Filled, coloured rows are
/// significant (the interval excludes zero); hollow grey ones are not.
/// </summary>
internal static class ForestPlot
{
    private const int RowPixels = 26;
    private static readonly Color Significant = Color.FromHex("#c0392b");
    private static readonly Color NotSignificant = Color.FromHex("#8c8c8c");

    public static Chart Of(IReadOnlyList<ComparisonRow> rows, string name)
    {
        var drawable = rows.Where(r => r.Baseline != 0).ToArray();
        var left = rows.Where(r => r.Baseline == 0).Select(r => $"{MetricText.Label(r.Metric)} ({r.Scenario})").ToArray();
        var oneVariant = rows.Select(r => r.Scenario).Distinct(StringComparer.Ordinal).Count() == 1;
        var extent = Extent(drawable);
        var plot = ChartStyle.NewPlot("Difference from the baseline, with 95% intervals", "difference (% of the baseline's mean)", "");
        var ticks = new List<Tick>();
        var clipped = false;
        for (var i = 0; i < drawable.Length; i++)
        {
            var row = drawable[i];
            var y = drawable.Length - 1 - i;
            var scale = 100 / Math.Abs(row.Baseline);
            var color = row.Significant ? Significant : NotSignificant;
            if (row.CiLower is { } lower && row.CiUpper is { } upper)
            {
                var (from, to) = (Math.Max(lower * scale, -extent), Math.Min(upper * scale, extent));
                Segment(plot, from, y, to, y, color);
                foreach (var (end, cut, arrow) in new[] { (from, lower * scale < -extent, "◀"), (to, upper * scale > extent, "▶") })
                {
                    if (!cut)
                    {
                        Segment(plot, end, y - 0.18, end, y + 0.18, color);
                        continue;
                    }
                    var text = plot.Add.Text(arrow, end, y);
                    text.LabelAlignment = Alignment.MiddleCenter;
                    text.LabelFontColor = color;
                    text.LabelFontSize = 11;
                    clipped = true;
                }
            }
            plot.Add.Marker(Math.Clamp(row.Difference * scale, -extent, extent), y, row.Significant ? MarkerShape.FilledCircle : MarkerShape.OpenCircle, 9, color);
            ticks.Add(new Tick(y, $"{MetricText.Label(row.Metric)}{(oneVariant ? "" : " · " + row.Scenario)}{(row.Significant ? " *" : "")}"));
        }
        var zero = plot.Add.VerticalLine(0, 1, Colors.Black, LinePattern.Solid);
        zero.ExcludeFromLegend = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimits(-extent * 1.08, extent * 1.08, -0.7, drawable.Length - 0.3);
        var caption = "One row per headline metric" + (oneVariant ? $" ({drawable.FirstOrDefault()?.Scenario} against the baseline)" : " and variant")
            + ": the mean of the paired differences (variant − baseline, same seeds) as a percentage of the baseline's mean, "
            + "with its 95% confidence interval. Filled red with *: the interval excludes zero (significant); hollow grey: it does not."
            + (clipped ? " An arrow marks an interval that runs beyond the chart's edge." : "")
            + (left.Length == 0 ? "" : $" Not drawn (baseline mean of zero): {string.Join("; ", left)}.");
        return new Chart(name, "Forest plot of differences", caption, plot, ChartStyle.Width, 110 + (RowPixels * Math.Max(1, drawable.Length)));
    }

    /// <summary>
    /// Half the width of the x axis, in percent: wide enough for every difference (three times
    /// over) and for every interval that is not far wider, so one very uncertain metric does not
    /// squash the others into the middle.
    /// </summary>
    private static double Extent(IReadOnlyList<ComparisonRow> rows)
    {
        var points = rows.Select(r => Math.Abs(r.Difference * 100 / r.Baseline)).DefaultIfEmpty(0).Max();
        var ends = rows.SelectMany(r => new[] { r.CiLower, r.CiUpper }.OfType<double>().Select(v => Math.Abs(v * 100 / r.Baseline))).DefaultIfEmpty(0).Max();
        return Math.Max(1, Math.Min(Math.Max(ends, points), Math.Max(3 * points, 10)));
    }

    private static void Segment(Plot plot, double x1, double y1, double x2, double y2, Color color)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.LineColor = color;
        line.LineWidth = 2;
        line.MarkerSize = 0;
    }
}
