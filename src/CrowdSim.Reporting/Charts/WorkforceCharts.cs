using CrowdSim.Reporting.Reading;
using ScottPlot;

namespace CrowdSim.Reporting.Charts;

/// <summary>Charts of the workforce over time: night work by region, churn, and workers at work.</summary>
internal static class WorkforceCharts
{
    public static Chart NightHours(RunFolder run, string name)
    {
        var series = run.Series;
        var chart = new TimePlot("Hours worked or searched at night, by region", $"hours in local night per {series.Buckets.BucketName}", series.Buckets);
        foreach (var region in Regions(run))
            chart.Line(region, series.Sum("region", region, "nightHours"));
        return new Chart(name, "Night hours by region",
            $"Hours that workers of each region spent working or searching for work during their local night (22:00-06:00), summed per {series.Buckets.BucketName}.",
            chart.Complete(run.Scenario.Events), ChartStyle.Width, ChartStyle.Height);
    }

    public static Chart Churn(RunFolder run, string name)
    {
        var series = run.Series;
        var chart = new TimePlot("Workers who left, and recruits who joined (cumulative)", "workers since the start", series.Buckets);
        var any = false;
        var regions = Regions(run);
        for (var i = 0; i < regions.Count; i++)
        {
            var departures = series.Sum("region", regions[i], "departures");
            var recruits = series.Sum("region", regions[i], "recruitsJoined");
            any |= departures.Any(v => v != 0) || recruits.Any(v => v != 0);
            chart.Line($"{regions[i]}: left", Cumulative(departures), colorIndex: i);
            chart.Line($"{regions[i]}: joined", Cumulative(recruits), LinePattern.Dashed, colorIndex: i);
        }
        var plot = chart.Complete(run.Scenario.Events);
        if (!any)
        {
            var note = plot.Add.Annotation("Nobody left or joined in this run", Alignment.MiddleCenter);
            note.LabelFontSize = 14;
            note.LabelShadowColor = Colors.Transparent;
        }
        var caption = "Running totals of workers who left for good (solid) and of recruits who finished boot camp and joined (dashed), by region."
            + (any ? "" : " Nobody left or joined in this run.");
        return new Chart(name, "Churn: departures and recruits", caption, plot, ChartStyle.Width, ChartStyle.Height);
    }

    public static Chart InSession(RunFolder run, string name)
    {
        var series = run.Series;
        var chart = new TimePlot("Workers in a work session", $"workers (average over each {series.Buckets.BucketName})", series.Buckets);
        chart.Line("all regions", series.Mean("market", "all", "workersInSession"));
        return new Chart(name, "Active workers in session",
            $"Workers in a work session (working or searching) at the end of each tick, averaged per {series.Buckets.BucketName}; the daily rhythm follows the regions' waking hours.",
            chart.Complete(run.Scenario.Events), ChartStyle.Width, ChartStyle.Height);
    }

    /// <summary>Regions in the scenario's order, then any others the time series names.</summary>
    public static IReadOnlyList<string> Regions(RunFolder run) =>
        run.Scenario.Regions.Select(r => r.Id).Concat(run.Series.Scopes("region")).Distinct(StringComparer.Ordinal).ToArray();

    private static double[] Cumulative(double[] values)
    {
        var total = 0.0;
        return values.Select(v => total += v).ToArray();
    }
}
