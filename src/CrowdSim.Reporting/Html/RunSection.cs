using CrowdSim.Reporting.Charts;
using CrowdSim.Reporting.Reading;

namespace CrowdSim.Reporting.Html;

/// <summary>Adds one run to a report: its summary, its events and its seven charts.</summary>
internal static class RunSection
{
    /// <summary>The charts drawn for every run, in order, by file name.</summary>
    public static readonly IReadOnlyList<(string Name, Func<RunFolder, string, Chart> Draw)> Charts =
    [
        ("backlog", QueueCharts.Backlog),
        ("wait", QueueCharts.Wait),
        ("wages", WorkerCharts.Wages),
        ("hours", WorkerCharts.Hours),
        ("night", WorkforceCharts.NightHours),
        ("churn", WorkforceCharts.Churn),
        ("in-session", WorkforceCharts.InSession),
    ];

    /// <summary>
    /// Adds the run's blocks with headings from <paramref name="level"/> down. Charts are named
    /// <paramref name="prefix"/> + chart name, so several runs can share one charts folder.
    /// </summary>
    public static void Add(ReportDocument document, RunFolder run, int level, string prefix, string idPrefix)
    {
        document.Section(level, idPrefix + "summary", "Summary", RunSummaryHtml.Facts(run));
        document.Section(level, idPrefix + "events", "Scenario events", RunSummaryHtml.Events(run));
        document.Section(level, idPrefix + "charts", "Charts",
            $"<p class=\"muted\">Time charts group ticks by {run.Series.Buckets.BucketName}; dashed vertical lines mark the scenario's events.</p>");
        foreach (var (name, draw) in Charts)
            document.Chart(level + 1, draw(run, prefix + name));
    }
}
