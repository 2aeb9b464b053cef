using CrowdSim.Model.Market;
using CrowdSim.Model.Randomness;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Workers;

/// <summary>Crowd workers looking for work: polling, night wake-ups, and responding to notifications.</summary>
public sealed partial class WorkerCohort
{
    /// <summary>Probability that an idle member acts on a notification of new work. Assumption.</summary>
    private const double NotificationResponse = 0.5;

    /// <summary>Mean delay before a notified worker looks. Assumption.</summary>
    private const long NotificationDelayMeanMs = 10 * SimTime.MsPerMinute;

    /// <summary>With notifications, workers poll this many times less often. Assumption.</summary>
    private const double NotifiedPollingFactor = 4.0;

    private void Check(int i, long atMs, int tick, List<WorkerClaim>[] claimsByPlatform)
    {
        var pool = Pool(i);
        var workerId = FirstId + i;
        var platform = _notifiedBy[i] >= 0 ? _notifiedBy[i] : ChoosePlatform(i, tick);
        var notified = _notifiedBy[i] >= 0;
        _notifiedBy[i] = -1;
        if (platform < 0)
        {
            _status[i] = WorkerStatus.Deactivated;
            return;
        }
        var asleep = Asleep(i, atMs);
        // A notified worker goes straight to the work: a third of the usual search (assumption).
        var searchMs = SimTime.FromMinutes(notified ? pool.SearchMinutes / 3 : pool.SearchMinutes);
        var night = NightMs(i, atMs - searchMs, atMs);
        _totals.RecordCheck(i, asleep, searchMs, night, Counters(i));
        _week.Add(i, 0, searchMs);

        var session = RandomStream.For(_spec.Seed, (ulong)workerId, tick, StreamPurpose.Session);
        var endMs = atMs + Math.Max(SimTime.MsPerMinute, SimTime.FromHours(session.NextExponential(pool.SessionHoursMean)));
        if (!asleep && !_profiles.NightChecker[i])
            endMs = Math.Min(endMs, SimTime.NextLocalMinute(atMs, _profiles.UtcOffsetMinutes[i], _profiles.SleepStartMinute[i]));
        var tieBreak = RandomStream.For(_spec.Seed, (ulong)workerId, tick, StreamPurpose.TieBreak).NextBits();
        claimsByPlatform[platform].Add(new WorkerClaim(
            workerId, atMs, tieBreak, _profiles.Region[i], _reservation[i], _profiles.Speed[i], _profiles.ErrorRate[i], endMs,
            _qualified[i], _failedCourses[i], pool.TrainingHorizonHours,
            SimTime.FromHours(pool.Fatigue.OnsetHours), pool.Fatigue.ErrorIncreasePerHour));
        BeginSession(i, platform, atMs - searchMs);
    }

    private void BeginSession(int i, int platform, long startMs)
    {
        _sessionPlatform[i] = platform;
        _sessionStartMs[i] = startMs;
        _sessionTasks[i] = 0;
    }

    /// <summary>One of the platforms the worker belongs to and is not deactivated on, at random; -1 if none is left.</summary>
    private int ChoosePlatform(int i, int tick)
    {
        var platforms = _poolPlatforms[_profiles.Pool[i]];
        var open = platforms.Count(p => (_deactivated[i] & (1 << p)) == 0);
        if (open == 0)
            return -1;
        var pick = open == 1 ? 0 : RandomStream.For(_spec.Seed, (ulong)(FirstId + i), tick, StreamPurpose.PlatformChoice).NextInt(open);
        foreach (var p in platforms)
        {
            if ((_deactivated[i] & (1 << p)) != 0)
                continue;
            if (pick-- == 0)
                return p;
        }
        return -1;
    }

    private bool Notified(int i) => _poolPlatforms[_profiles.Pool[i]].Any(p => _notifying[p] && (_deactivated[i] & (1 << p)) == 0);

    /// <summary>Idle members of a notifying platform with new work may look soon after it arrives (night checkers even when asleep).</summary>
    private void Notify(int tick, IReadOnlyList<long?> newWorkAtMs)
    {
        for (var p = 0; p < newWorkAtMs.Count; p++)
        {
            if (!_notifying[p] || newWorkAtMs[p] is not { } at)
                continue;
            for (var i = 0; i < Count; i++)
            {
                if (_status[i] != WorkerStatus.Active || _sessionPlatform[i] >= 0 || _employer[_profiles.Pool[i]] >= 0
                    || !_poolPlatforms[_profiles.Pool[i]].Contains(p) || (_deactivated[i] & (1 << p)) != 0)
                    continue;
                if (Asleep(i, at) && !_profiles.NightChecker[i])
                    continue;
                var rng = RandomStream.For(_spec.Seed, (ulong)(FirstId + i), tick, StreamPurpose.Notification);
                if (!rng.NextBernoulli(NotificationResponse))
                    continue;
                var lookAt = at + (long)rng.NextExponential(NotificationDelayMeanMs);
                if (lookAt < _scheduledMs[i])
                {
                    _notifiedBy[i] = p;
                    ScheduleAt(i, lookAt);
                }
            }
        }
    }

    private void ScheduleNextCheck(int i, long fromMs, int tick, long tickEndMs)
    {
        var next = RandomStream.For(_spec.Seed, (ulong)(FirstId + i), tick, StreamPurpose.NextCheck);
        var every = Pool(i).CheckEveryHours * (Notified(i) ? NotifiedPollingFactor : 1.0);
        var candidate = fromMs + SimTime.FromHours(next.NextExponential(every));
        ScheduleAt(i, Reschedule(i, fromMs, candidate, ref next, tickEndMs));
    }

    /// <summary>
    /// Moves a planned check out of the worker's sleep: a night checker (who is not relying on
    /// notifications) wakes every few hours instead; others check soon after they wake up.
    /// Never earlier than the next tick.
    /// </summary>
    private long Reschedule(int i, long fromMs, long candidateMs, ref RandomStream rng, long tickEndMs)
    {
        if (Asleep(i, candidateMs))
        {
            var offset = _profiles.UtcOffsetMinutes[i];
            if (_profiles.NightChecker[i] && !Notified(i))
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
}
