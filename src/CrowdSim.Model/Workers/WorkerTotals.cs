using CrowdSim.Model.Market;

namespace CrowdSim.Model.Workers;

/// <summary>Running totals per worker (arrays indexed by position in the cohort).</summary>
internal sealed class WorkerTotals(int count)
{
    private readonly long[] _paidMs = new long[count];
    private readonly long[] _searchMs = new long[count];
    private readonly long[] _rejectedMs = new long[count];
    private readonly long[] _earnings = new long[count];
    private readonly long[] _checks = new long[count];
    private readonly long[] _nightChecks = new long[count];
    private readonly long[] _nightMs = new long[count];
    private readonly long[] _longestStretchMs = new long[count];
    private readonly long[] _approved = new long[count];
    private readonly long[] _rejected = new long[count];

    public void RecordCheck(int i, bool asleep, long searchMs, long nightMs, RegionCounters tick)
    {
        _checks[i]++;
        _searchMs[i] += searchMs;
        _nightMs[i] += nightMs;
        tick.Checks++;
        tick.SearchMs += searchMs;
        tick.NightMs += nightMs;
        if (asleep)
        {
            _nightChecks[i]++;
            tick.NightChecks++;
        }
    }

    public void RecordTask(int i, in WorkerOutcome outcome, bool approved, RegionCounters tick, long nightMs)
    {
        var duration = outcome.EndMs - outcome.StartMs;
        _nightMs[i] += nightMs;
        tick.NightMs += nightMs;
        if (approved)
        {
            _paidMs[i] += duration;
            _earnings[i] += outcome.PayMicros;
            _approved[i]++;
            tick.PaidMs += duration;
            tick.EarningsMicros += outcome.PayMicros;
            tick.TasksApproved++;
        }
        else
        {
            _rejectedMs[i] += duration;
            _rejected[i]++;
            tick.RejectedMs += duration;
            tick.TasksRejected++;
        }
    }

    public void RecordStretch(int i, long stretchMs) => _longestStretchMs[i] = Math.Max(_longestStretchMs[i], stretchMs);

    public WorkerRecord Record(int i, int workerId, WorkerProfiles profiles) => new(
        workerId,
        profiles.Pool[i],
        profiles.Region[i],
        profiles.ReservationUsdPerHour[i],
        profiles.NightChecker[i],
        _paidMs[i],
        _searchMs[i],
        _rejectedMs[i],
        _earnings[i],
        _checks[i],
        _nightChecks[i],
        _nightMs[i],
        _longestStretchMs[i],
        _approved[i],
        _rejected[i]);
}
