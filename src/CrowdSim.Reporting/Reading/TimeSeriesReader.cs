using CrowdSim.Results;
using CrowdSim.Results.Run;

namespace CrowdSim.Reporting.Reading;

/// <summary>
/// Streams a run's time series once, keeping only the metrics the charts draw, summed into time
/// buckets: timeseries-hourly.csv, which every run writes, or timeseries.csv (a row per tick) in
/// folders written before it existed. An hourly level (a mean over its ticks) counts as its ticks'
/// sum, so both files give the same sums.
/// </summary>
internal static class TimeSeriesReader
{
    /// <summary>The metrics the report draws, by scope kind.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Wanted = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["queue"] = ["meanBacklog", "taken", "meanWaitMinutes"],
        ["market"] = ["workersInSession"],
        ["region"] = ["nightHours", "departures", "recruitsJoined"],
    };

    // A mean wait is weighted by the tasks taken in the same tick (or hour) and scope, listed just before it.
    private const string WaitMetric = "meanWaitMinutes";
    private const string WaitWeight = "taken";

    /// <summary>Reads the file at <paramref name="path"/>: timeseries-hourly.csv or timeseries.csv, by its name.</summary>
    /// <exception cref="ResultFileException">The file is missing or a row is not a time series row (<c>file:line: problem</c>).</exception>
    public static TimeSeries Read(string path, TimeBuckets buckets) =>
        Path.GetFileName(path) == RunFiles.TimeSeriesHourly ? ReadHourly(path, buckets) : ReadTicks(path, buckets);

    /// <summary>Reads timeseries.csv, a row per tick.</summary>
    public static TimeSeries ReadTicks(string path, TimeBuckets buckets) =>
        Sum(TimeSeriesTable.Table.Read(path).Select(r => (r.Tick, r.ScopeKind, r.Scope, r.Metric, r.Value)), buckets);

    /// <summary>Reads timeseries-hourly.csv, a row per hour; <paramref name="buckets"/> must be whole hours.</summary>
    public static TimeSeries ReadHourly(string path, TimeBuckets buckets) =>
        Sum(HourlyTimeSeriesTable.Table.Read(path).Select(r => (r.Tick, r.ScopeKind, r.Scope, r.Metric, TickSum(r))), buckets);

    // An hourly value as the sum of its ticks' values: a level's mean times its ticks; sums and weighted means as they are.
    private static double TickSum(HourlyTimeSeriesRow row) =>
        TimeSeriesSchema.Of(row.ScopeKind).TryGetValue(row.Metric, out var reporter) && reporter.Hourly.Kind == HourlyKind.Mean
            ? row.Value * row.Ticks
            : row.Value;

    private static TimeSeries Sum(IEnumerable<(int Tick, string Kind, string Scope, string Metric, double Value)> rows, TimeBuckets buckets)
    {
        var series = new Dictionary<(string Kind, string Scope, string Metric), Series?>();
        var scopes = new List<(string Kind, string Scope)>();
        var seenScopes = new HashSet<(string, string)>();
        foreach (var row in rows)
        {
            var key = (row.Kind, row.Scope, row.Metric);
            if (!series.TryGetValue(key, out var target))
                series[key] = target = Create(key, series, buckets.Count, scopes, seenScopes);
            if (target is null)
                continue;
            var bucket = buckets.BucketOf(row.Tick);
            if (bucket >= buckets.Count)
                continue;
            target.Last = row.Value;
            target.Sums[bucket] += target.Weight is { } weight ? row.Value * weight.Last : row.Value;
        }
        return new TimeSeries(
            buckets,
            series.Where(s => s.Value is not null).ToDictionary(s => TimeSeries.Key(s.Key.Kind, s.Key.Scope, s.Key.Metric), s => s.Value!.Sums, StringComparer.Ordinal),
            scopes);
    }

    private static Series? Create(
        (string Kind, string Scope, string Metric) key, Dictionary<(string, string, string), Series?> series, int count, List<(string, string)> scopes, HashSet<(string, string)> seenScopes)
    {
        if (!Wanted.TryGetValue(key.Kind, out var metrics) || !metrics.Contains(key.Metric))
            return null;
        if (seenScopes.Add((key.Kind, key.Scope)))
            scopes.Add((key.Kind, key.Scope));
        var created = new Series(new double[count]);
        if (key.Metric == WaitMetric)
        {
            var weightKey = (key.Kind, key.Scope, WaitWeight);
            if (!series.TryGetValue(weightKey, out var weight) || weight is null)
                series[weightKey] = weight = new Series(new double[count]);
            created.Weight = weight;
        }
        return created;
    }

    private sealed class Series(double[] sums)
    {
        public double[] Sums { get; } = sums;

        /// <summary>The value of the row read last (the weight of the next wait row).</summary>
        public double Last { get; set; }

        public Series? Weight { get; set; }
    }
}
