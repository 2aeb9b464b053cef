using CrowdSim.Model.Metrics;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;

namespace CrowdSim.DocGen;

/// <summary>
/// What the literature comparison reads from a run's ticks and the summary does not keep: how many
/// workers are in session at once, hours worked per region by UTC hour of the day, and each
/// region's counters day by day.
/// </summary>
internal sealed class TickDigest
{
    private readonly int _regions;
    private long _ticks;
    private long _inSessionSum;

    public TickDigest(int regions, int days)
    {
        _regions = regions;
        WorkedMsByUtcHour = new long[regions, 24];
        Days = Enumerable.Range(0, days).Select(_ => Enumerable.Range(0, regions).Select(_ => new RegionCounters()).ToArray()).ToArray();
    }

    /// <summary>Time working or searching (paid or not, training excluded) per region and UTC hour of day.</summary>
    public long[,] WorkedMsByUtcHour { get; }

    /// <summary>Region counters per day of the run: [day - 1][region].</summary>
    public RegionCounters[][] Days { get; }

    /// <summary>Mean number of workers in session at the end of a tick.</summary>
    public double MeanWorkersInSession => _ticks == 0 ? 0 : _inSessionSum / (double)_ticks;

    public void Add(TickReport tick)
    {
        _ticks++;
        _inSessionSum += tick.WorkersInSession;
        var hour = (int)(tick.StartMs % SimTime.MsPerDay / SimTime.MsPerHour);
        var day = (int)(tick.StartMs / SimTime.MsPerDay);
        for (var r = 0; r < _regions; r++)
        {
            var c = tick.Regions[r];
            WorkedMsByUtcHour[r, hour] += c.PaidMs + c.SearchMs + c.RejectedMs + c.AbandonedMs;
            Days[day][r].Add(c);
        }
    }

    /// <summary>A region's counters summed over days [<paramref name="fromDay"/>, <paramref name="toDay"/>) (day 1 is the first).</summary>
    public RegionCounters Span(int region, int fromDay, int toDay)
    {
        var sum = new RegionCounters();
        for (var day = Math.Max(1, fromDay); day < Math.Min(toDay, Days.Length + 1); day++)
            sum.Add(Days[day - 1][region]);
        return sum;
    }
}
