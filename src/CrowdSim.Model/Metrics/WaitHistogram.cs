using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Metrics;

/// <summary>
/// A log-linear histogram of durations in milliseconds: exact below 128 ms, then 64 buckets per
/// doubling (relative error under 1.6%). Merging adds counts, so the result does not depend on
/// the order histograms are merged in. Quantiles report the midpoint of their bucket.
/// </summary>
public sealed class WaitHistogram
{
    private const int SubBuckets = 64;
    private const int LinearLimit = 2 * SubBuckets;
    private const int Doublings = 40;

    public WaitHistogram() => Counts = new long[LinearLimit + (Doublings * SubBuckets)];

    /// <summary>Raw bucket counts (exposed for merging and serialisation).</summary>
    public long[] Counts { get; set; }

    /// <summary>Number of recorded values.</summary>
    public long Total => Counts.Sum();

    /// <summary>Records one duration.</summary>
    public void Add(long ms) => Counts[BucketOf(Math.Max(0, ms))]++;

    /// <summary>Adds all of another histogram's counts.</summary>
    public void Merge(WaitHistogram other)
    {
        for (var i = 0; i < Counts.Length; i++)
            Counts[i] += other.Counts[i];
    }

    /// <summary>A copy of the counts now.</summary>
    public WaitHistogram Copy() => new() { Counts = (long[])Counts.Clone() };

    /// <summary>The counts recorded since <paramref name="earlier"/> (a copy of this histogram taken before).</summary>
    public WaitHistogram Since(WaitHistogram earlier)
    {
        var since = Copy();
        for (var i = 0; i < Counts.Length; i++)
            since.Counts[i] -= earlier.Counts[i];
        return since;
    }

    /// <summary>The q-quantile (0-1) in milliseconds, or 0 when empty.</summary>
    public double Quantile(double q)
    {
        var total = Total;
        if (total == 0)
            return 0;
        var rank = (long)Math.Ceiling(q * total);
        rank = Math.Clamp(rank, 1, total);
        long seen = 0;
        for (var i = 0; i < Counts.Length; i++)
        {
            seen += Counts[i];
            if (seen >= rank)
                return Midpoint(i);
        }
        return Midpoint(Counts.Length - 1);
    }

    internal static int BucketOf(long ms)
    {
        if (ms < LinearLimit)
            return (int)ms;
        var exponent = 63 - System.Numerics.BitOperations.LeadingZeroCount((ulong)ms); // floor(log2 ms) >= 7
        var shift = exponent - 6;
        var sub = (int)((ms >> shift) - SubBuckets);
        var index = LinearLimit + ((exponent - 7) * SubBuckets) + sub;
        return Math.Min(index, LinearLimit + (Doublings * SubBuckets) - 1);
    }

    internal static double Midpoint(int bucket)
    {
        if (bucket < LinearLimit)
            return bucket;
        var exponent = ((bucket - LinearLimit) / SubBuckets) + 7;
        var sub = (bucket - LinearLimit) % SubBuckets;
        var shift = exponent - 6;
        var low = (long)(SubBuckets + sub) << shift;
        var width = 1L << shift;
        return low + ((width - 1) / 2.0);
    }

    /// <summary>Writes the buckets that hold a count, as (bucket, count) pairs in bucket order.</summary>
    internal void Save(StateWriter w)
    {
        w.Section(nameof(WaitHistogram));
        w.Write(Counts.Length);
        w.Write(Counts.Count(c => c != 0));
        for (var i = 0; i < Counts.Length; i++)
        {
            if (Counts[i] == 0)
                continue;
            w.Write(i);
            w.Write(Counts[i]);
        }
    }

    internal void Restore(StateReader r)
    {
        r.Section(nameof(WaitHistogram));
        r.Expect(Counts.Length, "histogram buckets");
        Array.Clear(Counts);
        var filled = r.Count();
        for (var k = 0; k < filled; k++)
        {
            var bucket = r.ReadInt();
            if (bucket < 0 || bucket >= Counts.Length)
                throw new CheckpointFormatException($"histogram bucket {bucket} of {Counts.Length}");
            Counts[bucket] = r.ReadLong();
        }
    }
}
