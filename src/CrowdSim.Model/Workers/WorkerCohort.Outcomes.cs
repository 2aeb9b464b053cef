using CrowdSim.Model.Market;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Workers;

/// <summary>What platforms report back: tasks, courses, the end of sessions; and deactivation.</summary>
public sealed partial class WorkerCohort
{
    /// <summary>Applies what platforms reported (in the order each platform reported it).</summary>
    public void Apply(ReadOnlySpan<WorkerOutcome> outcomes, int tick, long tickEndMs)
    {
        MeasureAt(tick);
        foreach (ref readonly var o in outcomes)
        {
            var i = o.WorkerId - FirstId;
            var counters = Counters(i);
            var salaried = _employer[_profiles.Pool[i]] >= 0;
            var duration = o.EndMs - o.StartMs;
            switch (o.Kind)
            {
                case OutcomeKind.Approved or OutcomeKind.Rejected when salaried:
                    // Shift time is paid as a whole when the shift ends; here only the count.
                    if (o.Kind == OutcomeKind.Approved)
                    {
                        counters.TasksApproved++;
                        _totals.Approved[i]++;
                    }
                    else
                    {
                        counters.TasksRejected++;
                        _totals.Rejected[i]++;
                    }
                    _sessionTasks[i]++;
                    break;
                case OutcomeKind.Approved or OutcomeKind.Rejected:
                    _totals.RecordSubmission(i, o, counters, NightMs(i, o.StartMs, o.EndMs));
                    _week.Add(i, o.PayMicros, duration);
                    _sessionTasks[i]++;
                    if (o.Reviewed)
                        UpdateQuality(i, o.Kind == OutcomeKind.Rejected, counters);
                    break;
                case OutcomeKind.Abandoned:
                    _totals.RecordAbandoned(i, duration, NightMs(i, o.StartMs, o.EndMs), counters);
                    _week.Add(i, 0, duration);
                    break;
                case OutcomeKind.TrainingPassed or OutcomeKind.TrainingFailed:
                    var bit = 1UL << o.TaskType;
                    if (o.Kind == OutcomeKind.TrainingPassed)
                    {
                        _qualified[i] |= bit;
                        counters.CoursesPassed++;
                    }
                    else
                    {
                        _failedCourses[i] |= bit;
                        counters.CoursesFailed++;
                    }
                    _totals.RecordTraining(i, duration, o.PayMicros, NightMs(i, o.StartMs, o.EndMs), counters);
                    _week.Add(i, o.PayMicros, duration);
                    break;
                case OutcomeKind.Searched:
                    _totals.RecordSearch(i, duration, NightMs(i, o.StartMs, o.EndMs), counters);
                    _week.Add(i, 0, duration);
                    break;
                case OutcomeKind.SessionEnded:
                    EndSession(i, o.EndMs, tick, tickEndMs, counters, salaried);
                    break;
                case OutcomeKind.ShiftRolled:
                    PayShift(i, _sessionStartMs[i], o.EndMs, counters);
                    _sessionStartMs[i] = o.EndMs;
                    _sessionTasks[i] = 0;
                    break;
            }
        }
    }

    private void EndSession(int i, long endMs, int tick, long tickEndMs, RegionCounters counters, bool salaried)
    {
        var start = _sessionStartMs[i];
        _sessionPlatform[i] = -1;
        if (_pendingCheck[i] is { } pending)
        {
            _pendingCheck[i] = null;
            if (_sessionTasks[i] > 0)
                RecordCheck(i, pending, counters);
            else
                start = endMs;
        }
        if (_sessionTasks[i] > 0 && !salaried)
        {
            counters.Sessions++;
            RecordStretch(i, endMs - start);
        }
        if (salaried)
            PayShift(i, start, endMs, counters);
        else if (Pool(i).Discouragement is { } discouragement)
            _checkFactor[i] = ExperienceRules.NextCheckFactor(discouragement, _checkFactor[i], _sessionTasks[i] > 0);
        if (_status[i] != WorkerStatus.Active)
            return; // left during the session
        if (salaried)
            ScheduleAt(i, NextShiftStart(i, Math.Max(endMs, tickEndMs)));
        else
            ScheduleNextCheck(i, endMs, tick, tickEndMs);
    }

    /// <summary>
    /// Tracks the worker's recent rejection rate on the platform (an exponential moving average over
    /// about the last 20 reviews) and deactivates them there when it passes the platform's threshold.
    /// </summary>
    private void UpdateQuality(int i, bool rejected, RegionCounters counters)
    {
        var platform = _sessionPlatform[i];
        if (platform < 0 || _spec.Platforms[platform].Deactivation is not { } rule)
            return;
        var cell = (i * _spec.Platforms.Count) + platform;
        _rejectionRate[cell] = ((1 - RejectionMemory) * _rejectionRate[cell]) + (RejectionMemory * (rejected ? 1 : 0));
        _reviewed[cell]++;
        var bit = 1 << platform;
        if (_reviewed[cell] >= rule.MinReviewed && _rejectionRate[cell] > rule.RejectionRate && (_deactivated[i] & bit) == 0)
        {
            _deactivated[i] |= bit;
            _totals.Deactivations[i]++;
            counters.Deactivations++;
        }
    }

    /// <summary>A salaried worker's shift (or a round-the-clock worker's day) from <paramref name="startMs"/> to <paramref name="endMs"/>: paid and billed by the hour.</summary>
    private void PayShift(int i, long startMs, long endMs, RegionCounters counters)
    {
        counters.Sessions++;
        RecordStretch(i, endMs - startMs);
        var employment = Pool(i).Employment!;
        var shiftMs = endMs - startMs;
        var hours = SimTime.ToHours(shiftMs);
        var salary = Money.FromUsd(employment.WageUsdPerHour * hours);
        _totals.RecordShift(i, shiftMs, salary, Money.FromUsd(employment.BillUsdPerHour * hours), NightMs(i, startMs, endMs), counters);
        _week.Add(i, salary, shiftMs);
    }
}
