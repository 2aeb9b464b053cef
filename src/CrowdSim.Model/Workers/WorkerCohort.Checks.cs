using CrowdSim.Model.Market;
using CrowdSim.Model.Randomness;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Workers;

/// <summary>Crowd workers looking for work: polling, night wake-ups, notified checks and push alerts.</summary>
public sealed partial class WorkerCohort
{
    private void Check(int i, long atMs, int tick, List<WorkerClaim>[] claimsByPlatform)
    {
        var pool = Pool(i);
        var workerId = FirstId + i;
        var pushed = _pushedTo[i];
        _pushedTo[i] = -1;
        var platform = pushed >= 0 && (_deactivated[i] & (1 << pushed)) == 0 ? pushed : ChoosePlatform(i, tick);
        if (platform < 0)
        {
            _status[i] = WorkerStatus.Deactivated;
            return;
        }
        var asleep = Asleep(i, atMs);
        if (pushed >= 0)
        {
            // Answering an alert: straight to the work, but the look counts whether or not the work is
            // still there (others may have been quicker).
            var notifiedSearch = SimTime.FromMinutes(pool.SearchMinutes / 3);
            RecordCheck(i, new PendingCheck(asleep, notifiedSearch, NightMs(i, atMs - notifiedSearch, atMs)), Counters(i));
        }
        else if (Notifying(i, platform))
        {
            // Notified workers go straight to the work (a third of the usual search; assumption), and
            // only if there is any: the check is counted when the session ends, if work was found.
            var notifiedSearch = SimTime.FromMinutes(pool.SearchMinutes / 3);
            _pendingCheck[i] = new PendingCheck(asleep, notifiedSearch, NightMs(i, atMs - notifiedSearch, atMs));
        }
        else
        {
            var searchMs = SimTime.FromMinutes(pool.SearchMinutes);
            RecordCheck(i, new PendingCheck(asleep, searchMs, NightMs(i, atMs - searchMs, atMs)), Counters(i));
        }

        var session = RandomStream.For(_spec.Seed, (ulong)workerId, tick, StreamPurpose.Session);
        var endMs = atMs + Math.Max(SimTime.MsPerMinute, SimTime.FromHours(session.NextExponential(pool.SessionHoursMean)));
        if (!asleep && !_profiles.NightChecker[i])
            endMs = Math.Min(endMs, SimTime.NextLocalMinute(atMs, _profiles.UtcOffsetMinutes[i], _profiles.SleepStartMinute[i]));
        var tieBreak = RandomStream.For(_spec.Seed, (ulong)workerId, tick, StreamPurpose.TieBreak).NextBits();
        claimsByPlatform[platform].Add(new WorkerClaim(
            workerId, atMs, tieBreak, _profiles.Region[i], _reservation[i], SpeedNow(i), _profiles.ErrorRate[i], endMs,
            _qualified[i], _failedCourses[i], pool.TrainingHorizonHours,
            SimTime.FromHours(pool.Fatigue.OnsetHours), pool.Fatigue.ErrorIncreasePerHour, Approved: ApprovedNow(i)));
        BeginSession(i, platform, atMs - SimTime.FromMinutes(pool.SearchMinutes));
    }

    /// <summary>Whether notifications are on for worker <paramref name="i"/> on <paramref name="platform"/>.</summary>
    private bool Notifying(int i, int platform) => _notifying[(platform * _spec.Regions.Count) + _profiles.Region[i]];

    /// <summary>
    /// The tick's push alerts: a crowd worker waiting for their next check, on a platform that pushes and
    /// notifies them, who is awake at the alert (or a night checker) sees it with the platform's chance
    /// and looks after a lognormal delay, if that comes before the check they had planned. The earliest
    /// alert seen wins.
    /// </summary>
    private void Hear(Simulation.PushAlerts alerts, int tick)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_status[i] != WorkerStatus.Active || _scheduledMs[i] == long.MaxValue || _employer[_profiles.Pool[i]] >= 0)
                continue;
            var region = _profiles.Region[i];
            var bestMs = _scheduledMs[i];
            var bestPlatform = -1;
            var draw = RandomStream.For(_spec.Seed, (ulong)(FirstId + i), tick, StreamPurpose.PushSeen);
            foreach (var p in _poolPlatforms[_profiles.Pool[i]])
            {
                if (_spec.Platforms[p].Push is not { } push || !Notifying(i, p) || (_deactivated[i] & (1 << p)) != 0)
                    continue;
                var alertMs = alerts.At(p, region);
                if (alertMs >= bestMs || (Asleep(i, alertMs) && !_profiles.NightChecker[i]))
                    continue;
                if (!draw.NextBernoulli(push.Seen))
                    continue;
                var lookMs = alertMs + (long)(SimTime.MsPerMinute * draw.NextLogNormal(push.DelayMinutes, push.DelaySigma));
                if (lookMs < bestMs)
                {
                    bestMs = lookMs;
                    bestPlatform = p;
                }
            }
            if (bestPlatform >= 0)
            {
                _pushedTo[i] = bestPlatform;
                ScheduleAt(i, bestMs);
            }
        }
    }

    /// <summary>Approved tasks to the worker's name: those brought from before the run and this run's.</summary>
    private long ApprovedNow(int i) => _profiles.PriorApproved[i] + _totals.Approved[i];

    /// <summary>The worker's multiplier on handling time at this check: their speed, and what experience has taken off it.</summary>
    private double SpeedNow(int i) =>
        Pool(i).Learning is { } learning ? _profiles.Speed[i] * learning.Multiplier(ApprovedNow(i)) : _profiles.Speed[i];

    private void RecordCheck(int i, PendingCheck check, RegionCounters counters)
    {
        _totals.RecordCheck(i, check.Asleep, check.SearchMs, check.NightMs, counters);
        _week.Add(i, 0, check.SearchMs);
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
        var deactivated = _deactivated[i];
        var open = 0;
        foreach (var p in platforms)
        {
            if ((deactivated & (1 << p)) == 0)
                open++;
        }
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

    private void ScheduleNextCheck(int i, long fromMs, int tick, long tickEndMs)
    {
        var next = RandomStream.For(_spec.Seed, (ulong)(FirstId + i), tick, StreamPurpose.NextCheck);
        var candidate = fromMs + SimTime.FromHours(next.NextExponential(Pool(i).CheckEveryHours * _checkFactor[i]));
        ScheduleAt(i, Reschedule(i, fromMs, candidate, ref next, tickEndMs));
    }

    /// <summary>
    /// Moves a planned check out of the worker's sleep: a night checker wakes every few hours
    /// instead (under notifications, only to find work that is there); others check soon after
    /// they wake up. Never earlier than the next tick.
    /// </summary>
    private long Reschedule(int i, long fromMs, long candidateMs, ref RandomStream rng, long tickEndMs)
    {
        // Not before the next tick, and then out of sleep: a check pushed to the next tick could land in the night.
        candidateMs = Math.Max(candidateMs, tickEndMs);
        if (Asleep(i, candidateMs))
        {
            var offset = _profiles.UtcOffsetMinutes[i];
            if (_profiles.NightChecker[i])
            {
                var sleptAt = SimTime.NextLocalMinute(candidateMs - SimTime.MsPerDay, offset, _profiles.SleepStartMinute[i]);
                var every = SimTime.FromHours(Pool(i).NightCheckEveryHours * _checkFactor[i]);
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
