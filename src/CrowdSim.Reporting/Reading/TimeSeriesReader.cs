using System.Globalization;

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

    public static TimeSeries Read(string path, TimeBuckets buckets)
    {
        var series = new Dictionary<string, Series?>(StringComparer.Ordinal);
        var lookup = series.GetAlternateLookup<ReadOnlySpan<char>>();
        var scopes = new List<(string Kind, string Scope)>();
        var seenScopes = new HashSet<(string, string)>();
        using var reader = new StreamReader(path);
        if (reader.ReadLine() is not "tick,hours,scopeKind,scope,metric,value")
            throw new ReportInputException($"{path} does not start with the timeseries.csv header");
        var lineNumber = 1;
        while (reader.ReadLine() is { } text)
        {
            lineNumber++;
            var line = text.AsSpan();
            var first = line.IndexOf(',');
            var last = line.LastIndexOf(',');
            var second = first < 0 ? -1 : line[(first + 1)..].IndexOf(',') + first + 1;
            if (first < 0 || second <= first || last <= second
                || !int.TryParse(line[..first], NumberStyles.Integer, CultureInfo.InvariantCulture, out var tick))
                throw new ReportInputException($"{path}:{lineNumber}: not a timeseries row");
            var key = line[(second + 1)..last];
            if (!lookup.TryGetValue(key, out var target))
            {
                if (key.Count(',') != 2)
                    throw new ReportInputException($"{path}:{lineNumber}: not a timeseries row");
                target = Create(key.ToString(), series, buckets.Count, scopes, seenScopes);
                series[key.ToString()] = target;
            }
            if (target is null || last + 1 >= line.Length)
                continue;
            if (!double.TryParse(line[(last + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                throw new ReportInputException($"{path}:{lineNumber}: '{line[(last + 1)..]}' is not a number");
            var bucket = buckets.BucketOf(tick);
            if (bucket >= buckets.Count)
                continue;
            target.Last = value;
            target.Sums[bucket] += target.Weight is { } weight ? value * weight.Last : value;
        }
        return new TimeSeries(
            buckets,
            series.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!.Sums, StringComparer.Ordinal),
            scopes);
    }

    private static Series? Create(string key, Dictionary<string, Series?> series, int count, List<(string, string)> scopes, HashSet<(string, string)> seenScopes)
    {
        var kindEnd = key.IndexOf(',', StringComparison.Ordinal);
        var metricStart = key.LastIndexOf(',') + 1;
        var kind = key[..kindEnd];
        var scope = key[(kindEnd + 1)..(metricStart - 1)];
        var metric = key[metricStart..];
        if (!Wanted.TryGetValue(kind, out var metrics) || !metrics.Contains(metric))
            return null;
        if (seenScopes.Add((kind, scope)))
            scopes.Add((kind, scope));
        var created = new Series(new double[count]);
        if (metric == WaitMetric)
        {
            var weightKey = TimeSeries.Key(kind, scope, WaitWeight);
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
