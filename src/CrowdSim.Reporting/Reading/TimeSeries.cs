namespace CrowdSim.Reporting.Reading;

/// <summary>
/// The parts of the time series a report draws, summed into <see cref="TimeBuckets"/>. Keys are
/// <c>scopeKind,scope,metric</c> as in the file. Mean waits are stored weighted by the tasks
/// taken in their tick, so that buckets and queues add up.
/// </summary>
internal sealed class TimeSeries(TimeBuckets buckets, IReadOnlyDictionary<string, double[]> sums, IReadOnlyList<(string Kind, string Scope)> scopes)
{
    public TimeBuckets Buckets { get; } = buckets;

    /// <summary>Scopes of one kind (<c>queue</c>, <c>region</c>, ...) in the order the file first lists them.</summary>
    public IReadOnlyList<string> Scopes(string kind) => scopes.Where(s => s.Kind == kind).Select(s => s.Scope).ToArray();

    /// <summary>The metric summed over each bucket's ticks (zeros where the file has none).</summary>
    public double[] Sum(string kind, string scope, string metric) =>
        sums.TryGetValue(Key(kind, scope, metric), out var values) ? values : new double[Buckets.Count];

    /// <summary>The metric averaged over each bucket's ticks: for levels such as backlogs and head counts.</summary>
    public double[] Mean(string kind, string scope, string metric)
    {
        var sum = Sum(kind, scope, metric);
        return sum.Select((v, b) => v / Buckets.TicksIn(b)).ToArray();
    }

    public static string Key(string kind, string scope, string metric) => $"{kind},{scope},{metric}";
}
