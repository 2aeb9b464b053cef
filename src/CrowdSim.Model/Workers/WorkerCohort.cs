using CrowdSim.Model.Market;
using CrowdSim.Model.Randomness;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Workers;

/// <summary>
/// A block of workers with consecutive ids, held as arrays. A worker is touched only when one of
/// their own events is due (a check of the queue, a shift, an intake), a platform reports on them,
/// or at the weekly review; asleep or idle between checks they cost nothing. All randomness is
/// keyed by the worker's global id, so a worker behaves the same whichever cohort holds them.
/// </summary>
public sealed partial class WorkerCohort
{
    private const long WakeJitterMeanMs = 30 * SimTime.MsPerMinute;
    private const int SleepShiftMinutes = 60;
    private const double RejectionMemory = 0.05;

    private readonly ScenarioSpec _spec;
    private readonly WorkerProfiles _profiles;
    private readonly int[][] _poolPlatforms;
    private readonly int[] _employer;
    private readonly PriorityQueue<int, (long Ms, int Worker)> _wakeUps = new();
    private readonly long[] _scheduledMs;
    private readonly WorkerStatus[] _status;
    private readonly double[] _reservation;
    private readonly int[] _sessionPlatform;
    private readonly long[] _sessionStartMs;
    private readonly int[] _sessionTasks;
    private readonly PendingCheck?[] _pendingCheck;
    private readonly ulong[] _qualified;
    private readonly ulong[] _failedCourses;
    private readonly int[] _deactivated;
    private readonly double[] _rejectionRate;
    private readonly int[] _reviewed;
    private readonly long[] _joinedMs;
    private readonly long[] _leftMs;
    private readonly bool[] _notifying;
    private readonly int[] _pushedTo;
    private readonly WorkerTotals _totals;
    private readonly WeeklyLedger _week;
    private RegionCounters[] _tick;
    private long _nextWeekMs = SimTime.MsPerWeek;

    public WorkerCohort(ScenarioSpec spec, int firstId, int count)
    {
        _spec = spec;
        FirstId = firstId;
        Count = count;
        _profiles = WorkerProfiles.Draw(spec, firstId, count, SleepShiftMinutes);
        _poolPlatforms = spec.WorkerPools.Select(p => p.Platforms.Select(spec.PlatformIndex).ToArray()).ToArray();
        _employer = spec.WorkerPools.Select(p => p.Employment is { } e ? spec.VendorIndex(e.Vendor) : -1).ToArray();
        _notifying = spec.Platforms.SelectMany(p => spec.Regions.Select(_ => p.Notifications)).ToArray();
        _pushedTo = Enumerable.Repeat(-1, count).ToArray();
        _scheduledMs = new long[count];
        _status = new WorkerStatus[count];
        _reservation = (double[])_profiles.ReservationUsdPerHour.Clone();
        _recentWage = (double[])_profiles.ReservationUsdPerHour.Clone();
        _checkFactor = Enumerable.Repeat(1.0, count).ToArray();
        _sessionPlatform = Enumerable.Repeat(-1, count).ToArray();
        _sessionStartMs = new long[count];
        _sessionTasks = new int[count];
        _pendingCheck = new PendingCheck?[count];
        _qualified = new ulong[count];
        _failedCourses = new ulong[count];
        _deactivated = new int[count];
        _rejectionRate = new double[count * spec.Platforms.Count];
        _reviewed = new int[count * spec.Platforms.Count];
        _joinedMs = new long[count];
        _leftMs = Enumerable.Repeat(-1L, count).ToArray();
        _totals = new WorkerTotals(count);
        _week = new WeeklyLedger(count);
        _tick = NewTickCounters();
        if (spec.Measure is not null)
        {
            (_measureFrom, _measureTo) = MeasureWindow.TicksOf(spec);
            _measuredStretchMs = new long[count];
        }
        for (var i = 0; i < count; i++)
        {
            if (_profiles.IntakeMs[i] >= 0)
            {
                _status[i] = WorkerStatus.Latent;
                ScheduleAt(i, _profiles.IntakeMs[i]);
                continue;
            }
            _status[i] = WorkerStatus.Active;
            var first = RandomStream.For(spec.Seed, (ulong)(firstId + i), 0, StreamPurpose.FirstCheck);
            ScheduleFirst(i, 0, ref first);
        }
    }

    public int FirstId { get; }
    public int Count { get; }

    /// <summary>When the cohort next needs to run: its earliest due event or the next weekly review.</summary>
    public long NextCheckMs => Math.Min(_wakeUps.TryPeek(out _, out var due) ? due.Ms : long.MaxValue, _nextWeekMs);

    /// <summary>Switches notifications on or off on one platform or all, for one region or all (the only policy workers act on directly).</summary>
    public void Apply(ScenarioEvent e)
    {
        if (e is not PolicyChange { Policy: PolicyKind.Notifications } change)
            return;
        var regions = _spec.Regions.Count;
        for (var p = 0; p < _spec.Platforms.Count; p++)
        {
            if (change.Platform is not null && _spec.Platforms[p].Id != change.Platform)
                continue;
            for (var r = 0; r < regions; r++)
            {
                if (change.Region is null || _spec.Regions[r].Id == change.Region)
                    _notifying[(p * regions) + r] = change.Enabled;
            }
        }
    }

    /// <summary>
    /// Runs everything due before <paramref name="endMs"/>: the weekly review when a week ends,
    /// intakes, shifts and checks. Each check or shift adds a claim to
    /// <paramref name="claimsByPlatform"/> (index = platform).
    /// </summary>
    public void CollectClaims(int tick, long endMs, List<WorkerClaim>[] claimsByPlatform, Simulation.PushAlerts? alerts = null)
    {
        MeasureAt(tick);
        while (_nextWeekMs < endMs)
        {
            WeeklyReview(_nextWeekMs);
            _nextWeekMs += SimTime.MsPerWeek;
        }
        if (alerts is not null)
            Hear(alerts, tick);
        while (_wakeUps.TryPeek(out var i, out var due) && due.Ms < endMs)
        {
            _wakeUps.Dequeue();
            if (due.Ms != _scheduledMs[i])
                continue; // superseded (the worker left)
            _scheduledMs[i] = long.MaxValue;
            switch (_status[i])
            {
                case WorkerStatus.Latent:
                    Recruit(i, due.Ms);
                    break;
                case WorkerStatus.Active when _employer[_profiles.Pool[i]] >= 0:
                    StartShift(i, due.Ms, claimsByPlatform);
                    break;
                case WorkerStatus.Active:
                    Check(i, due.Ms, tick, claimsByPlatform);
                    break;
            }
        }
    }

    /// <summary>This tick's counts by region (index = region), then fresh counters for the next tick.</summary>
    public RegionCounters[] TakeTickCounters()
    {
        var closed = _tick;
        _tick = NewTickCounters();
        return closed;
    }

    /// <summary>Each worker's totals so far, in id order; over the measurement window when the scenario declares one.</summary>
    public WorkerRecord[] Records() => HasWindow ? MeasuredRecords() : Enumerable.Range(0, Count).Select(Record).ToArray();

    private WorkerRecord Record(int i) => RecordOf(i, _totals, _status[i], _reservation[i], _week.CoefficientOfVariation(i));

    private WorkerRecord RecordOf(int i, WorkerTotals totals, WorkerStatus status, double reservation, double? weeklyEarningsCv) => new(
        FirstId + i,
        _profiles.Pool[i],
        _profiles.Region[i],
        status,
        _profiles.ReservationUsdPerHour[i],
        reservation,
        _profiles.NightChecker[i],
        totals.PaidMs[i],
        totals.SearchMs[i],
        totals.RejectedMs[i],
        totals.AbandonedMs[i],
        totals.TrainingMs[i],
        totals.Earnings[i],
        totals.Checks[i],
        totals.NightChecks[i],
        totals.NightMs[i],
        totals.LongestStretchMs[i],
        totals.Approved[i],
        totals.Rejected[i],
        totals.Abandoned[i],
        totals.Deactivations[i],
        _joinedMs[i],
        _leftMs[i],
        weeklyEarningsCv);

    private WorkerPoolSpec Pool(int i) => _spec.WorkerPools[_profiles.Pool[i]];

    private void ScheduleAt(int i, long atMs)
    {
        _scheduledMs[i] = atMs;
        _wakeUps.Enqueue(i, (atMs, i));
    }

    private void ScheduleFirst(int i, long fromMs, ref RandomStream rng)
    {
        if (_employer[_profiles.Pool[i]] >= 0)
        {
            ScheduleAt(i, NextShiftStart(i, fromMs));
            return;
        }
        var at = fromMs + (long)(rng.NextDouble() * SimTime.FromHours(Pool(i).CheckEveryHours));
        ScheduleAt(i, Reschedule(i, at, at, ref rng, tickEndMs: 0));
    }

    private RegionCounters Counters(int i) => _tick[_profiles.Region[i]];

    private bool Asleep(int i, long ms) =>
        SimTime.InDailyWindow(
            SimTime.LocalMinuteOfDay(ms, _profiles.UtcOffsetMinutes[i]),
            _profiles.SleepStartMinute[i],
            _profiles.SleepEndMinute[i]);

    private long NightMs(int i, long startMs, long endMs) =>
        SimTime.OverlapWithDailyWindow(startMs, endMs, _profiles.UtcOffsetMinutes[i], SimTime.NightStartMinute, SimTime.NightEndMinute);

    private RegionCounters[] NewTickCounters() => _spec.Regions.Select(_ => new RegionCounters()).ToArray();
}
