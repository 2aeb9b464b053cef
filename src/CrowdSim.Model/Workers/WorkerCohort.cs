using CrowdSim.Model.Market;
using CrowdSim.Model.Randomness;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Workers;

/// <summary>
/// A block of workers with consecutive ids, held as arrays. A worker is touched only when one of
/// their own events is due (a check of the queue) or a platform reports on them; asleep or idle
/// between checks they cost nothing. All randomness is keyed by the worker's global id, so a worker
/// behaves the same whichever cohort holds them.
/// </summary>
public sealed class WorkerCohort
{
    private const long WakeJitterMeanMs = 30 * SimTime.MsPerMinute;
    private const int SleepShiftMinutes = 60;

    private readonly ScenarioSpec _spec;
    private readonly WorkerProfiles _profiles;
    private readonly int[][] _poolPlatforms;
    private readonly PriorityQueue<int, (long Ms, int Worker)> _wakeUps = new();
    private readonly long[] _sessionStartMs;
    private readonly int[] _sessionTasks;
    private readonly WorkerTotals _totals;
    private RegionCounters[] _tick;

    public WorkerCohort(ScenarioSpec spec, int firstId, int count)
    {
        _spec = spec;
        FirstId = firstId;
        Count = count;
        _profiles = WorkerProfiles.Draw(spec, firstId, count, SleepShiftMinutes);
        _poolPlatforms = spec.WorkerPools.Select(p => p.Platforms.Select(spec.PlatformIndex).ToArray()).ToArray();
        _sessionStartMs = new long[count];
        _sessionTasks = new int[count];
        _totals = new WorkerTotals(count);
        _tick = NewTickCounters();
        for (var i = 0; i < count; i++)
        {
            var first = RandomStream.For(spec.Seed, (ulong)(firstId + i), 0, StreamPurpose.FirstCheck);
            var at = (long)(first.NextDouble() * SimTime.FromHours(Pool(i).CheckEveryHours));
            _wakeUps.Enqueue(i, (Reschedule(i, at, at, ref first, tickEndMs: 0), i));
        }
    }

    public int FirstId { get; }
    public int Count { get; }

    /// <summary>When the next due check is, or <see cref="long.MaxValue"/> if none is scheduled.</summary>
    public long NextCheckMs => _wakeUps.TryPeek(out _, out var due) ? due.Ms : long.MaxValue;

    /// <summary>
    /// Lets every worker whose check is due before <paramref name="endMs"/> look for work, adding a
    /// claim to <paramref name="claimsByPlatform"/> (index = platform) for each.
    /// </summary>
    public void CollectClaims(int tick, long endMs, List<WorkerClaim>[] claimsByPlatform)
    {
        while (_wakeUps.TryPeek(out var i, out var due) && due.Ms < endMs)
        {
            _wakeUps.Dequeue();
            Check(i, due.Ms, tick, claimsByPlatform);
        }
    }

    /// <summary>Applies what platforms reported (in the order each platform reported it).</summary>
    public void Apply(ReadOnlySpan<WorkerOutcome> outcomes, int tick, long tickEndMs)
    {
        foreach (ref readonly var outcome in outcomes)
        {
            var i = outcome.WorkerId - FirstId;
            var counters = _tick[_profiles.Region[i]];
            switch (outcome.Kind)
            {
                case OutcomeKind.Approved:
                    _totals.RecordTask(i, outcome, approved: true, counters, NightMs(i, outcome.StartMs, outcome.EndMs));
                    _sessionTasks[i]++;
                    break;
                case OutcomeKind.Rejected:
                    _totals.RecordTask(i, outcome, approved: false, counters, NightMs(i, outcome.StartMs, outcome.EndMs));
                    _sessionTasks[i]++;
                    break;
                case OutcomeKind.SessionEnded:
                    EndSession(i, outcome.EndMs, tick, tickEndMs, counters);
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

    /// <summary>Each worker's totals so far, in id order.</summary>
    public WorkerRecord[] Records() =>
        Enumerable.Range(0, Count).Select(i => _totals.Record(i, FirstId + i, _profiles)).ToArray();

    private WorkerPoolSpec Pool(int i) => _spec.WorkerPools[_profiles.Pool[i]];

    private void Check(int i, long atMs, int tick, List<WorkerClaim>[] claimsByPlatform)
    {
        var pool = Pool(i);
        var asleep = Asleep(i, atMs);
        var counters = _tick[_profiles.Region[i]];
        var searchMs = SimTime.FromMinutes(pool.SearchMinutes);
        _totals.RecordCheck(i, asleep, searchMs, NightMs(i, atMs - searchMs, atMs), counters);

        var workerId = FirstId + i;
        var session = RandomStream.For(_spec.Seed, (ulong)workerId, tick, StreamPurpose.Session);
        var endMs = atMs + Math.Max(SimTime.MsPerMinute, SimTime.FromHours(session.NextExponential(pool.SessionHoursMean)));
        if (!asleep && !_profiles.NightChecker[i])
            endMs = Math.Min(endMs, SimTime.NextLocalMinute(atMs, _profiles.UtcOffsetMinutes[i], _profiles.SleepStartMinute[i]));
        var platforms = _poolPlatforms[_profiles.Pool[i]];
        var platform = platforms.Length == 1
            ? platforms[0]
            : platforms[RandomStream.For(_spec.Seed, (ulong)workerId, tick, StreamPurpose.PlatformChoice).NextInt(platforms.Length)];
        var tieBreak = RandomStream.For(_spec.Seed, (ulong)workerId, tick, StreamPurpose.TieBreak).NextBits();
        claimsByPlatform[platform].Add(new WorkerClaim(
            workerId, atMs, tieBreak, _profiles.Region[i], _profiles.ReservationUsdPerHour[i],
            _profiles.Speed[i], pool.ErrorRateMean, endMs));
        _sessionStartMs[i] = atMs - searchMs;
        _sessionTasks[i] = 0;
    }

    private void EndSession(int i, long endMs, int tick, long tickEndMs, RegionCounters counters)
    {
        if (_sessionTasks[i] > 0)
        {
            counters.Sessions++;
            _totals.RecordStretch(i, endMs - _sessionStartMs[i]);
        }
        var next = RandomStream.For(_spec.Seed, (ulong)(FirstId + i), tick, StreamPurpose.NextCheck);
        var candidate = endMs + SimTime.FromHours(next.NextExponential(Pool(i).CheckEveryHours));
        _wakeUps.Enqueue(i, (Reschedule(i, endMs, candidate, ref next, tickEndMs), i));
    }

    /// <summary>
    /// Moves a planned check out of the worker's sleep: a night checker wakes every few hours
    /// instead; others check soon after they wake up. Never earlier than the next tick.
    /// </summary>
    private long Reschedule(int i, long fromMs, long candidateMs, ref RandomStream rng, long tickEndMs)
    {
        if (Asleep(i, candidateMs))
        {
            var offset = _profiles.UtcOffsetMinutes[i];
            if (_profiles.NightChecker[i])
            {
                var sleptAt = SimTime.NextLocalMinute(candidateMs - SimTime.MsPerDay, offset, _profiles.SleepStartMinute[i]);
                var every = SimTime.FromHours(Pool(i).NightCheckEveryHours);
                candidateMs = Math.Max(fromMs, sleptAt) + (long)(every * rng.NextUniform(0.8, 1.2));
            }
            else
            {
                candidateMs = SimTime.NextLocalMinute(candidateMs, offset, _profiles.SleepEndMinute[i])
                    + (long)rng.NextExponential(WakeJitterMeanMs);
            }
        }
        return Math.Max(candidateMs, tickEndMs);
    }

    private bool Asleep(int i, long ms) =>
        SimTime.InDailyWindow(
            SimTime.LocalMinuteOfDay(ms, _profiles.UtcOffsetMinutes[i]),
            _profiles.SleepStartMinute[i],
            _profiles.SleepEndMinute[i]);

    private long NightMs(int i, long startMs, long endMs) =>
        SimTime.OverlapWithDailyWindow(startMs, endMs, _profiles.UtcOffsetMinutes[i], SimTime.NightStartMinute, SimTime.NightEndMinute);

    private RegionCounters[] NewTickCounters() => _spec.Regions.Select(_ => new RegionCounters()).ToArray();
}
