using CrowdSim.Reporting.Reading;

namespace CrowdSim.Reporting.Charts;

/// <summary>Charts of the queues over time: tasks waiting, and how long they waited for a worker, per queue group.</summary>
internal static class QueueCharts
{
    /// <summary>Queue groups drawn one by one; the rest are drawn together as one line.</summary>
    public const int MaxQueues = 7;

    public static Chart Backlog(RunFolder run, string name)
    {
        var series = run.Series;
        var chart = new TimePlot("Tasks waiting, by queue", $"tasks waiting (average over each {series.Buckets.BucketName})", series.Buckets);
        foreach (var group in Groups(series))
        {
            var values = new double[series.Buckets.Count];
            foreach (var queue in group.Queues)
                Add(values, series.Mean("queue", queue, "meanBacklog"));
            chart.Line(group.Label, values);
        }
        return new Chart(name, "Backlog: tasks waiting for a worker", Caption(series, "Time-average number of tasks posted and not yet taken"),
            chart.Complete(run.Scenario.Events), ChartStyle.Width, ChartStyle.Height);
    }

    public static Chart Wait(RunFolder run, string name)
    {
        var series = run.Series;
        var chart = new TimePlot("Mean wait for a worker, by queue", "minutes from posting to pickup", series.Buckets);
        foreach (var group in Groups(series))
        {
            var weighted = new double[series.Buckets.Count];
            var taken = new double[series.Buckets.Count];
            foreach (var queue in group.Queues)
            {
                Add(weighted, series.Sum("queue", queue, "meanWaitMinutes"));
                Add(taken, series.Sum("queue", queue, "taken"));
            }
            chart.Line(group.Label, weighted.Select((w, b) => taken[b] > 0 ? w / taken[b] : double.NaN).ToArray());
        }
        return new Chart(name, "Mean wait per queue", Caption(series, "Mean minutes from posting to first pickup of the tasks taken in each period (periods with none taken are left out)"),
            chart.Complete(run.Scenario.Events), ChartStyle.Width, ChartStyle.Height);
    }

    /// <summary>The busiest queue groups (by tasks taken) one by one, the rest as "other".</summary>
    private static (string Label, string[] Queues)[] Groups(TimeSeries series)
    {
        var queues = series.Scopes("queue")
            .Select(q => (Queue: q, Taken: series.Sum("queue", q, "taken").Sum()))
            .OrderByDescending(q => q.Taken)
            .ThenBy(q => q.Queue, StringComparer.Ordinal)
            .Select(q => q.Queue)
            .ToArray();
        if (queues.Length <= MaxQueues + 1)
            return queues.Select(q => (q, new[] { q })).ToArray();
        var rest = queues[MaxQueues..];
        return [.. queues[..MaxQueues].Select(q => (q, new[] { q })), ($"other {rest.Length} queues", rest)];
    }

    private static string Caption(TimeSeries series, string what) =>
        $"{what}, per {series.Buckets.BucketName}. One line per queue group (platform/poster/task type); dashed lines mark the scenario's events.";

    private static void Add(double[] into, double[] values)
    {
        for (var i = 0; i < into.Length; i++)
            into[i] += values[i];
    }
}
