using CrowdSim.Model.Time;

namespace CrowdSim.Reference;

/// <summary>
/// The reduced market as a plain single-threaded loop, with CrowdSim's rules (docs/MODEL.md) and its
/// own random numbers:
/// <list type="bullet">
/// <item>tasks arrive as a Poisson stream at the lab's flat rate and wait in one first-come-first-served queue;</item>
/// <item>a worker checks every Exponential(checkEvery) after their last session ended (never before the next
/// tick); a check that falls in their night moves to waking + Exponential(30 min), or, for a night
/// checker, to every night interval × Uniform(0.8, 1.2) after falling asleep;</item>
/// <item>each check costs the pool's search minutes, unpaid, and opens a session of Exponential(sessionHours)
/// (at least a minute), cut at bedtime unless the worker is already asleep (a night checker);</item>
/// <item>in a session the worker takes the oldest task if its pay per expected hour beats their reservation
/// wage, handles it for LogNormal(mean minutes × speed, σ) (at least a second), and repeats until the
/// session is over or the queue is empty.</item>
/// </list>
/// Workers are structs in an array; their next events (checks and task ends) sit in one binary heap.
/// </summary>
public sealed class ReferenceLoop
{
    private const long WakeJitterMeanMs = 30 * SimTime.MsPerMinute;
    private const int SleepShiftMinutes = 60;
    private const long MinHandlingMs = 1_000;

    private readonly ReducedMarket _market;
    private readonly ReducedWorker[] _workers;
    private readonly EventHeap _events;
    private Prng _rng;
    private long[] _queue = new long[1024];
    private int _head, _count;
    private long _completed, _taken, _waitSumMs, _expired;

    private ReferenceLoop(ReducedMarket market)
    {
        _market = market;
        _rng = new Prng(market.Seed);
        _workers = new ReducedWorker[market.Workers];
        _events = new EventHeap(market.Workers);
    }

    /// <summary>Runs <paramref name="spec"/> (which must be a reduced market: <see cref="ReducedMarket.From"/>) to its horizon.</summary>
    public static ReducedFigures Run(Model.Scenario.ScenarioSpec spec) => Run(ReducedMarket.From(spec));

    /// <summary>Why the loop cannot run <paramref name="spec"/> (one line), or null when it is a reduced market it can run.</summary>
    public static string? Refusal(Model.Scenario.ScenarioSpec spec)
    {
        try
        {
            ReducedMarket.From(spec);
            return null;
        }
        catch (NotSupportedException e)
        {
            return e.Message;
        }
    }

    internal static ReducedFigures Run(ReducedMarket market)
    {
        var loop = new ReferenceLoop(market);
        loop.DrawWorkers();
        loop.RunTicks();
        return loop.Figures();
    }

    private void DrawWorkers()
    {
        var i = 0;
        for (var p = 0; p < _market.Pools.Count; p++)
        {
            var pool = _market.Pools[p];
            for (var k = 0; k < pool.Count; k++, i++)
            {
                ref var w = ref _workers[i];
                w.Pool = p;
                w.ReservationUsdPerHour = pool.ReservationMedianUsd * Math.Exp(pool.ReservationSigma * _rng.NextNormal());
                w.Speed = Math.Exp((pool.SpeedSigma * _rng.NextNormal()) - (pool.SpeedSigma * pool.SpeedSigma / 2));
                w.NightChecker = _rng.NextBernoulli(pool.NightCheckerShare);
                var shift = (int)Math.Round(_rng.NextUniform(-SleepShiftMinutes, SleepShiftMinutes));
                w.UtcOffsetMinutes = pool.UtcOffsetMinutes;
                w.SleepStartMinute = Wrap(pool.SleepStartMinute + shift);
                w.SleepEndMinute = Wrap(pool.SleepEndMinute + shift);
                var first = (long)(_rng.NextDouble() * pool.CheckEveryMs);
                _events.Push(Reschedule(i, first, first, tickEndMs: 0), EventKind.Check, i);
            }
        }
    }

    private void RunTicks()
    {
        var tickMs = _market.TickMs;
        var meanGapMs = (double)SimTime.MsPerDay / _market.TasksPerDay;
        var nextArrival = _market.TasksPerDay > 0 ? _rng.NextExponential(meanGapMs) : double.PositiveInfinity;
        for (var tick = 0; tick < _market.Ticks; tick++)
        {
            var endMs = (tick + 1) * tickMs;
            while (true)
            {
                var arrivalMs = nextArrival < endMs ? (long)nextArrival : long.MaxValue;
                var eventMs = _events.Count > 0 && _events.Peek().Ms < endMs ? _events.Peek().Ms : long.MaxValue;
                if (arrivalMs == long.MaxValue && eventMs == long.MaxValue)
                    break;
                if (arrivalMs <= eventMs)
                {
                    Post(arrivalMs);
                    nextArrival += _rng.NextExponential(meanGapMs);
                    continue;
                }
                var e = _events.Pop();
                if (e.Kind == EventKind.Completion)
                    Complete(e.Worker, e.Ms);
                else
                    Check(e.Worker, e.Ms);
            }
        }
    }

    private void Check(int i, long nowMs)
    {
        ref var w = ref _workers[i];
        var pool = _market.Pools[w.Pool];
        w.Checks++;
        w.SearchMs += pool.SearchMs;
        var endMs = nowMs + Math.Max(SimTime.MsPerMinute, (long)Math.Round(_rng.NextExponential(pool.SessionMeanMs)));
        if (!w.NightChecker && !Asleep(in w, nowMs))
            endMs = Math.Min(endMs, SimTime.NextLocalMinute(nowMs, w.UtcOffsetMinutes, w.SleepStartMinute));
        w.SessionEndMs = endMs;
        Choose(i, nowMs);
    }

    private void Complete(int i, long nowMs)
    {
        ref var w = ref _workers[i];
        w.PaidMs += nowMs - w.TaskStartMs;
        w.EarningsMicros += _market.RewardMicros;
        _completed++;
        Choose(i, nowMs);
    }

    /// <summary>The worker is free: the oldest task if the session goes on and the task is worth it, else the session ends.</summary>
    private void Choose(int i, long nowMs)
    {
        ref var w = ref _workers[i];
        ExpireUntil(nowMs);
        var hourlyUsd = _market.RewardMicros / 1_000_000.0 / (_market.AdvertisedMinutes * w.Speed / 60);
        if (nowMs >= w.SessionEndMs || _count == 0 || hourlyUsd < w.ReservationUsdPerHour)
        {
            EndSession(i, nowMs);
            return;
        }
        var postedMs = _queue[_head];
        _head = (_head + 1) % _queue.Length;
        _count--;
        _taken++;
        _waitSumMs += nowMs - postedMs;
        var sigma = _market.MinutesSigma;
        var medianMinutes = _market.MeanMinutes * w.Speed / Math.Exp(sigma * sigma / 2);
        var minutes = medianMinutes * Math.Exp(sigma * _rng.NextNormal());
        w.TaskStartMs = nowMs;
        _events.Push(nowMs + Math.Max(MinHandlingMs, (long)Math.Round(minutes * SimTime.MsPerMinute)), EventKind.Completion, i);
    }

    /// <summary>The next check: Exponential(checkEvery) after the session, not before the next tick, moved out of the night.</summary>
    private void EndSession(int i, long nowMs)
    {
        var pool = _market.Pools[_workers[i].Pool];
        var tickEndMs = ((nowMs / _market.TickMs) + 1) * _market.TickMs;
        var candidate = nowMs + (long)Math.Round(_rng.NextExponential(pool.CheckEveryMs));
        _events.Push(Reschedule(i, nowMs, candidate, tickEndMs), EventKind.Check, i);
    }

    private long Reschedule(int i, long fromMs, long candidateMs, long tickEndMs)
    {
        ref var w = ref _workers[i];
        candidateMs = Math.Max(candidateMs, tickEndMs);
        if (Asleep(in w, candidateMs))
        {
            if (w.NightChecker)
            {
                var sleptAt = SimTime.NextLocalMinute(candidateMs - SimTime.MsPerDay, w.UtcOffsetMinutes, w.SleepStartMinute);
                var every = _market.Pools[w.Pool].NightCheckEveryMs;
                candidateMs = Math.Max(fromMs, sleptAt) + (long)(every * _rng.NextUniform(0.8, 1.2));
            }
            else
            {
                candidateMs = SimTime.NextLocalMinute(candidateMs, w.UtcOffsetMinutes, w.SleepEndMinute)
                    + (long)_rng.NextExponential(WakeJitterMeanMs);
            }
        }
        return Math.Max(candidateMs, tickEndMs);
    }

    private void Post(long atMs)
    {
        ExpireUntil(atMs);
        if (_count == _queue.Length)
        {
            var grown = new long[_queue.Length * 2];
            for (var k = 0; k < _count; k++)
                grown[k] = _queue[(_head + k) % _queue.Length];
            _queue = grown;
            _head = 0;
        }
        _queue[(_head + _count) % _queue.Length] = atMs;
        _count++;
    }

    private void ExpireUntil(long nowMs)
    {
        while (_count > 0 && _queue[_head] + _market.ExpiryMs <= nowMs)
        {
            _head = (_head + 1) % _queue.Length;
            _count--;
            _expired++;
        }
    }

    private static bool Asleep(in ReducedWorker w, long ms) =>
        SimTime.InDailyWindow(SimTime.LocalMinuteOfDay(ms, w.UtcOffsetMinutes), w.SleepStartMinute, w.SleepEndMinute);

    private static int Wrap(int minute) => ((minute % 1440) + 1440) % 1440;

    private ReducedFigures Figures() => ReducedFigures.Of(
        _market.Days,
        _market.Ticks,
        _completed,
        _workers.Select(w => (w.EarningsMicros, w.PaidMs, w.SearchMs, w.Checks)).ToArray(),
        _taken,
        _waitSumMs);
}
