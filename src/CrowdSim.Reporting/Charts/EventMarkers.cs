using CrowdSim.Reporting.Reading;
using ScottPlot;

namespace CrowdSim.Reporting.Charts;

/// <summary>
/// Marks a scenario's events on a time chart: a dashed vertical line at each event, labelled
/// upright with its type. Events at the same time share a line; a label that would overprint
/// the previous one is left off (the report's event table lists them all).
/// </summary>
internal static class EventMarkers
{
    private const float MinLabelGapPixels = 14;
    private const int PlotAreaPixels = ChartStyle.Width - 140;

    /// <summary>Call once the y axis is fixed: labels hang from its top.</summary>
    public static void Add(Plot plot, IReadOnlyList<ScenarioEventInfo> events, TimeBuckets buckets)
    {
        var marks = events
            .Where(e => e.AtMinute >= 0 && e.AtMinute < buckets.EndMinutes)
            .GroupBy(e => e.AtMinute)
            .Select(g => (X: buckets.FromMinutes(g.Key), Label: string.Join(" + ", g.Select(e => e.Type).Distinct())))
            .ToArray();
        if (marks.Length == 0)
            return;
        var top = plot.Axes.GetLimits().Top;
        var lastLabelled = double.NegativeInfinity;
        foreach (var (x, label) in marks)
        {
            var line = plot.Add.VerticalLine(x, 1, ChartStyle.Muted.WithAlpha(0.8), LinePattern.Dashed);
            line.ExcludeFromLegend = true;
            if ((x - lastLabelled) / buckets.End * PlotAreaPixels < MinLabelGapPixels)
                continue;
            lastLabelled = x;
            var text = plot.Add.Text(label, x, top);
            text.LabelRotation = -90;
            text.LabelAlignment = Alignment.LowerRight;
            text.LabelFontSize = 11;
            text.LabelFontColor = ChartStyle.Muted;
            text.LabelBackgroundColor = Colors.White.WithAlpha(0.75);
            text.OffsetX = -1;
            text.OffsetY = 2;
        }
    }
}
