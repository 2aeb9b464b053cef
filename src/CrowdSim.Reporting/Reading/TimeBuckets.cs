namespace CrowdSim.Reporting.Reading;

/// <summary>
/// How a run's ticks are grouped for charts: the shortest of tick, hour, 3 hours, 6 hours, day and
/// week that keeps a chart under <see cref="MaxPoints"/> points (and is no shorter than the data's
/// own: an hour for timeseries-hourly.csv), so a three-year run draws as small as a two-day one.
/// Charts count time in hours up to three days, in days beyond.
/// </summary>
internal sealed record TimeBuckets(int TickMinutes, int Ticks, int TicksPerBucket)
{
    public const int MaxPoints = 400;

    private static readonly int[] CandidateMinutes = [60, 180, 360, 1440, 10080];

    /// <param name="tickMinutes">The run's tick.</param>
    /// <param name="ticks">The run's ticks.</param>
    /// <param name="minimumMinutes">The shortest bucket the data allows: 60 for an hourly time series.</param>
    public static TimeBuckets For(int tickMinutes, int ticks, int minimumMinutes = 0)
    {
        var perBucket = Math.Max(1, (minimumMinutes + tickMinutes - 1) / tickMinutes);
        foreach (var minutes in CandidateMinutes)
        {
            if (CountOf(ticks, perBucket) <= MaxPoints)
                break;
            perBucket = Math.Max(perBucket, minutes / tickMinutes);
        }
        return new TimeBuckets(tickMinutes, ticks, perBucket);
    }

    public int Count => CountOf(Ticks, TicksPerBucket);

    public double BucketMinutes => TicksPerBucket * (double)TickMinutes;

    /// <summary>The unit of the time axis: hours for runs up to three days, else days.</summary>
    public bool InDays => Ticks * (double)TickMinutes > 3 * 1440;

    public string Unit => InDays ? "days" : "hours";

    /// <summary>Words for one bucket, e.g. "15 min", "hour", "day".</summary>
    public string BucketName => BucketMinutes switch
    {
        < 60 => $"{BucketMinutes:0} min",
        60 => "hour",
        1440 => "day",
        10080 => "week",
        _ => $"{BucketMinutes / 60:0} hours",
    };

    public int BucketOf(int tick) => tick / TicksPerBucket;

    /// <summary>Ticks that fall in bucket <paramref name="bucket"/> (the last may be short).</summary>
    public int TicksIn(int bucket) => Math.Min(TicksPerBucket, Ticks - (bucket * TicksPerBucket));

    /// <summary>Where bucket <paramref name="bucket"/> is drawn: its middle, in the axis unit.</summary>
    public double X(int bucket) => FromMinutes((bucket + 0.5) * BucketMinutes);

    /// <summary>Converts a time in minutes from the start to the axis unit.</summary>
    public double FromMinutes(double minutes) => minutes / (InDays ? 1440 : 60);

    /// <summary>The end of the run in minutes from the start.</summary>
    public double EndMinutes => Ticks * (double)TickMinutes;

    /// <summary>The end of the run in the axis unit.</summary>
    public double End => FromMinutes(EndMinutes);

    private static int CountOf(int ticks, int perBucket) => (ticks + perBucket - 1) / perBucket;
}
