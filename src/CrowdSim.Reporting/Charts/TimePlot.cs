using CrowdSim.Reporting.Reading;
using ScottPlot;

namespace CrowdSim.Reporting.Charts;

/// <summary>A chart over simulated time: lines per scope, the run's span on the x axis, the scenario's events marked.</summary>
internal sealed class TimePlot(string title, string yLabel, TimeBuckets buckets)
{
    private int _lines;

    public Plot Plot { get; } = ChartStyle.NewPlot(title, $"{buckets.Unit} since the start (day 1, 00:00 UTC)", yLabel);

    /// <summary>One value per bucket; NaN leaves a bucket out (e.g. a mean over no tasks).</summary>
    public void Line(string legend, double[] values, LinePattern? pattern = null, int? colorIndex = null)
    {
        var points = values.Select((v, b) => (X: buckets.X(b), Y: v)).Where(p => double.IsFinite(p.Y)).ToArray();
        if (points.Length == 0)
            return;
        var line = Plot.Add.ScatterLine(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(), ChartStyle.ColorAt(colorIndex ?? _lines));
        _lines++;
        line.LegendText = legend;
        line.LineWidth = 1.6f;
        line.MarkerSize = points.Length < 60 ? 3 : 0;
        if (pattern is { } p)
            line.LinePattern = p;
    }

    /// <summary>Fixes the axes (time from 0 to the run's end, values from 0), marks events and places the legend.</summary>
    public Plot Complete(IReadOnlyList<ScenarioEventInfo> events)
    {
        Plot.Axes.AutoScale();
        var limits = Plot.Axes.GetDataLimits();
        var top = double.IsFinite(limits.Top) && limits.Top > 0 ? limits.Top * 1.05 : 1;
        Plot.Axes.SetLimitsY(Math.Min(0, double.IsFinite(limits.Bottom) ? limits.Bottom : 0), top);
        EventMarkers.Add(Plot, events, buckets);
        Plot.Axes.SetLimitsX(0, buckets.End);
        if (_lines > 1)
            Plot.ShowLegend(Edge.Right);
        return Plot;
    }
}
