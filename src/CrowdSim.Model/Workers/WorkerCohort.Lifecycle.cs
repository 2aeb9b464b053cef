using CrowdSim.Model.Market;
using CrowdSim.Model.Randomness;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Workers;

/// <summary>Joining (boot camp), weekly adaptation and churn, and salaried shifts.</summary>
public sealed partial class WorkerCohort
{
    /// <summary>A boot camp takes a week.</summary>
    private const long BootcampMs = SimTime.MsPerWeek;

    /// <summary>
    /// At each week's end, for every active crowd worker: the week's effective wage moves the
    /// reservation wage (weight <c>adaptation</c>, kept within a third and three times the initial
    /// value, and only after a week with pay; or, under an <c>adaptation:</c> mapping, toward the
    /// smoothed recent effective wage after any week the worker gave time), and the worker may
    /// leave, more likely the further the week's effective wage fell short of their reservation
    /// wage (and, with <c>noEarningsExit</c>, the less their recent weeks earned).
    /// </summary>
    private void WeeklyReview(long atMs)
    {
        var week = atMs / SimTime.MsPerWeek;
        for (var i = 0; i < Count; i++)
        {
            if (_status[i] != WorkerStatus.Active || _joinedMs[i] > atMs)
                continue; // not (yet) working: recruits in boot camp are not at risk of leaving
            var fullWeek = _joinedMs[i] <= atMs - SimTime.MsPerWeek;
            var (earnings, timeMs) = _week.Close(i, fullWeek);
            if (_employer[_profiles.Pool[i]] >= 0)
                continue;
            var pool = Pool(i);
            var wage = timeMs > 0 ? Money.ToUsd(earnings) / SimTime.ToHours(timeMs) : 0;
            var initial = _profiles.ReservationUsdPerHour[i];
            if (timeMs > 0)
                _recentWage[i] = ExperienceRules.NextRecentWage(_recentWage[i], wage);
            if (pool.Adaptation is { } adaptation)
            {
                if (timeMs > 0)
                    _reservation[i] = ExperienceRules.NextReservation(adaptation, _reservation[i], _recentWage[i], initial);
            }
            else if (pool.AdaptationWeeklyRate > 0 && earnings > 0)
            {
                var adapted = ((1 - pool.AdaptationWeeklyRate) * _reservation[i]) + (pool.AdaptationWeeklyRate * wage);
                _reservation[i] = Math.Clamp(adapted, initial / 3, initial * 3);
            }
            if (pool.Churn is not { } churn)
                continue;
            var counters = Counters(i);
            counters.WorkerWeeksAtRisk++;
            var shortfall = _reservation[i] > 0 ? Math.Clamp(1 - (wage / _reservation[i]), 0, 1) : 0;
            var leave = RandomStream.For(_spec.Seed, (ulong)(FirstId + i), week, StreamPurpose.WeeklyReview)
                .NextBernoulli(ExperienceRules.ExitProbability(churn, shortfall, _recentWage[i], initial));
            if (leave)
            {
                _status[i] = WorkerStatus.Left;
                _leftMs[i] = atMs;
                _scheduledMs[i] = long.MaxValue;
                counters.Departures++;
            }
        }
    }

    /// <summary>A recruit's intake: they drop out part-way through boot camp, or finish it (unpaid) and join a week later.</summary>
    private void Recruit(int i, long atMs)
    {
        var funnel = Pool(i).Recruitment ?? new RecruitmentSpec(0, 0, 0, 0);
        var rng = RandomStream.For(_spec.Seed, (ulong)(FirstId + i), 0, StreamPurpose.Recruitment);
        var bootcampMs = SimTime.FromHours(funnel.BootcampHours);
        var counters = Counters(i);
        if (rng.NextBernoulli(funnel.DropOutShare))
        {
            _status[i] = WorkerStatus.DroppedOut;
            _totals.RecordTraining(i, (long)(bootcampMs * rng.NextUniform(0.2, 0.8)), 0, 0, counters);
            counters.RecruitsDroppedOut++;
            return;
        }
        _status[i] = WorkerStatus.Active;
        _joinedMs[i] = atMs + BootcampMs;
        _totals.RecordTraining(i, bootcampMs, 0, 0, counters);
        counters.RecruitsJoined++;
        ScheduleFirst(i, atMs + BootcampMs, ref rng);
    }

    /// <summary>A salaried worker's shift: they take their employer's work at any pay, and wait (paid) when there is none.</summary>
    private void StartShift(int i, long atMs, List<WorkerClaim>[] claimsByPlatform)
    {
        var pool = Pool(i);
        var employment = pool.Employment!;
        var vendor = _employer[_profiles.Pool[i]];
        var platform = _spec.PlatformIndex(_spec.Vendors[vendor].Platform);
        var endMs = atMs + (employment.RoundTheClock ? SimTime.MsPerDay : ShiftLengthMs(employment));
        claimsByPlatform[platform].Add(new WorkerClaim(
            FirstId + i, atMs, (ulong)(FirstId + i), _profiles.Region[i], 0, SpeedNow(i), _profiles.ErrorRate[i], endMs,
            ulong.MaxValue, 0, 0, SimTime.FromHours(pool.Fatigue.OnsetHours), pool.Fatigue.ErrorIncreasePerHour, vendor, employment.RoundTheClock,
            ApprovedNow(i)));
        BeginSession(i, platform, atMs);
    }

    /// <summary>The next weekday shift start (local time) at or after <paramref name="fromMs"/>; a round-the-clock duty starts at once.</summary>
    private long NextShiftStart(int i, long fromMs)
    {
        var employment = Pool(i).Employment!;
        if (employment.RoundTheClock)
            return fromMs;
        var offset = _profiles.UtcOffsetMinutes[i];
        var start = SimTime.NextLocalMinute(fromMs - 1, offset, employment.ShiftStartMinute);
        while (SimTime.LocalDayOfWeek(start, offset) >= 5)
            start += SimTime.MsPerDay;
        return start;
    }

    private static long ShiftLengthMs(EmploymentSpec employment)
    {
        var minutes = ((employment.ShiftEndMinute - employment.ShiftStartMinute) % 1440 + 1440) % 1440;
        return (minutes == 0 ? 1440 : minutes) * SimTime.MsPerMinute;
    }
}
