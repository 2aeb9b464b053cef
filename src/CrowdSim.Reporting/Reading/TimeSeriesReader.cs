using CrowdSim.Results;
using CrowdSim.Results.Run;

namespace CrowdSim.Reporting.Reading;

/// <summary>
/// Streams timeseries.csv (which can hold millions of rows for a long run) once, keeping only the
/// metrics the charts draw, summed into time buckets.
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

    // A mean wait is weighted by the tasks taken in the same tick and scope, listed just before it.
    private const string WaitMetric = "meanWaitMinutes";
    private const string WaitWeight = "taken";

    /// <exception cref="ResultFileException">The file is missing or a row is not a time series row (<c>file:line: problem</c>).</exception>
    public static TimeSeries Read(string path, TimeBuckets buckets)
    {
        var series = new Dictionary<(string Kind, string Scope, string Metric), Series?>();
        var scopes = new List<(string Kind, string Scope)>();
        var seenScopes = new HashSet<(string, string)>();
        foreach (var row in TimeSeriesTable.Table.Read(path))
        {
            var key = (row.ScopeKind, row.Scope, row.Metric);
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
