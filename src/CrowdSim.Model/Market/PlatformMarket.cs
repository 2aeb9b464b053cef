using CrowdSim.Model.Metrics;
using CrowdSim.Model.Randomness;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Market;

/// <summary>
/// One platform's market: its queues, the workers in session on it, and the clearing of work
/// to workers in continuous time within each tick. Tasks and claims that arrive during a tick are
/// sorted before they are processed, so the outcome never depends on the order they were delivered in.
/// </summary>
public sealed class PlatformMarket
{
    private const long MinHandlingMs = 1_000;

    private readonly ScenarioSpec _spec;
    private readonly int _platform;
    private readonly int _workersPerCohort;
    private readonly int _regions;
    private readonly double _feeShare;
    private readonly TaskQueue[] _queues;
    private readonly Dictionary<QueueKey, TaskQueue> _queueByKey = [];
    private readonly long[]?[] _vendorRates;
    private readonly double[] _wageMultiplier;
    private readonly long[] _rateOverride;
    private readonly double[] _expectedHoursPerTask;
    private readonly Dictionary<int, WorkerSession> _sessions = [];
    private readonly PriorityQueue<int, (long Ms, int Worker)> _busy = new();
    private readonly List<PostedTask> _pendingTasks = [];
    private readonly List<WorkerClaim> _pendingClaims = [];
    private readonly SortedDictionary<int, List<WorkerOutcome>> _outcomes = [];
    private PlatformMoney _money;
    private long _escrowHeld;

    public PlatformMarket(ScenarioSpec spec, int platform, int workersPerCohort)
    {
        _spec = spec;
        _platform = platform;
        _workersPerCohort = workersPerCohort;
        _regions = spec.Regions.Count;
        _feeShare = spec.Platforms[platform].FeeShare;
        _queues = QueueLayout.For(spec, platform)
            .Select((key, i) => new TaskQueue(i, key, SimTimeExpiry(spec, key.TaskType)))
            .ToArray();
        foreach (var queue in _queues)
            _queueByKey[queue.Key] = queue;
        _vendorRates = new long[]?[spec.Vendors.Count];
        _wageMultiplier = Enumerable.Repeat(1.0, spec.TaskTypes.Count * _regions).ToArray();
        _rateOverride = Enumerable.Repeat(-1L, spec.TaskTypes.Count * _regions).ToArray();
        _expectedHoursPerTask = spec.TaskTypes.Select(t => t.MeanMinutes / 60.0).ToArray();
        _money = NewMoney();
    }

    /// <summary>The queues, in index order.</summary>
    public IReadOnlyList<TaskQueue> Queues => _queues;

    /// <summary>The waits of all tasks taken on this platform so far, merged over its queues.</summary>
    public WaitHistogram MergedWaits()
    {
        var merged = new WaitHistogram();
        foreach (var queue in _queues)
            merged.Merge(queue.Waits);
        return merged;
    }

    /// <summary>Escrow held for tasks still open.</summary>
    public long EscrowHeld => _escrowHeld;

    /// <summary>Workers currently in session.</summary>
    public int WorkersInSession => _sessions.Count;

    /// <summary>A vendor's current piece rates, micro-dollars per task by [taskType × regions + region]; -1 = not offered.</summary>
    public void SetVendorRates(int vendor, long[] ratesByTypeAndRegion) => _vendorRates[vendor] = ratesByTypeAndRegion;

    /// <summary>
    /// Applies a platform-wide wage change: a factor multiplies what every poster offers; a rate
    /// replaces it (for work that is offered in that region at all).
    /// </summary>
    public void Apply(WageChange change)
    {
        foreach (var cell in PayCells.Affected(_spec, change))
        {
            if (change.RateUsd is { } rate)
            {
                _rateOverride[cell] = Money.FromUsd(rate);
                _wageMultiplier[cell] = 1.0;
            }
            else
            {
                _wageMultiplier[cell] *= change.Factor ?? 1.0;
            }
        }
    }

    /// <summary>Accepts tasks posted during the current tick (any delivery order).</summary>
    public void Enqueue(IEnumerable<PostedTask> tasks) => _pendingTasks.AddRange(tasks);

    /// <summary>Accepts workers checking in during the current tick (any delivery order).</summary>
    public void AddClaims(IEnumerable<WorkerClaim> claims) => _pendingClaims.AddRange(claims);

    /// <summary>Runs the market over [<paramref name="startMs"/>, <paramref name="endMs"/>).</summary>
    public PlatformTickResult RunTick(long startMs, long endMs)
    {
        _pendingTasks.Sort((a, b) => a.PostedMs != b.PostedMs ? a.PostedMs.CompareTo(b.PostedMs) : a.Id.CompareTo(b.Id));
        _pendingClaims.Sort(CompareClaims);
        int nextTask = 0, nextClaim = 0;
        while (true)
        {
            var taskAt = nextTask < _pendingTasks.Count ? _pendingTasks[nextTask].PostedMs : long.MaxValue;
            var claimAt = nextClaim < _pendingClaims.Count ? _pendingClaims[nextClaim].AtMs : long.MaxValue;
            var freeAt = _busy.TryPeek(out _, out var busy) && busy.Ms < endMs ? busy.Ms : long.MaxValue;
            if (taskAt == long.MaxValue && claimAt == long.MaxValue && freeAt == long.MaxValue)
                break;
            if (taskAt <= freeAt && taskAt <= claimAt)
            {
                Arrive(_pendingTasks[nextTask++]);
            }
            else if (freeAt <= claimAt)
            {
                var worker = _busy.Dequeue();
                Submit(worker, freeAt);
                TryTake(worker, freeAt);
            }
            else
            {
                var claim = _pendingClaims[nextClaim++];
                _sessions.Add(claim.WorkerId, new WorkerSession(claim));
                TryTake(claim.WorkerId, claim.AtMs);
            }
        }
        _pendingTasks.Clear();
        _pendingClaims.Clear();
        return CloseTick(endMs);
    }

    private static long SimTimeExpiry(ScenarioSpec spec, int taskType) => Time.SimTime.FromHours(spec.TaskTypes[taskType].ExpiryHours);

    private static int CompareClaims(WorkerClaim a, WorkerClaim b)
    {
        if (a.AtMs != b.AtMs)
            return a.AtMs.CompareTo(b.AtMs);
        if (a.TieBreak != b.TieBreak)
            return a.TieBreak.CompareTo(b.TieBreak);
        return a.WorkerId.CompareTo(b.WorkerId);
    }

    private void Arrive(in PostedTask task)
    {
        var queue = _queueByKey[QueueKey.Of(task)];
        queue.AdvanceTo(task.PostedMs, inclusive: true, Expire);
        queue.Arrive(task);
        _money.EscrowIn += task.EscrowMicros;
        _escrowHeld += task.EscrowMicros;
    }

    private void Expire(PostedTask task) => Refund(task.Lab, task.EscrowMicros);

    private void Refund(int lab, long micros)
    {
        _money.RefundsByLab[lab] += micros;
        _escrowHeld -= micros;
    }

    private void TryTake(int worker, long nowMs)
    {
        var session = _sessions[worker];
        var claim = session.Claim;
        if (nowMs >= claim.SessionEndMs)
        {
            EndSession(worker, session, nowMs);
            return;
        }
        TaskQueue? best = null;
        long bestPay = 0;
        var bestRate = double.NegativeInfinity;
        foreach (var queue in _queues)
        {
            queue.AdvanceTo(nowMs, inclusive: true, Expire);
            if (queue.Count == 0)
                continue;
            var pay = PayFor(queue.Head, claim.Region);
            if (pay < 0)
                continue;
            var hourly = Money.ToUsd(pay) / (_expectedHoursPerTask[queue.TaskType] * claim.Speed);
            if (hourly >= claim.ReservationUsdPerHour && hourly > bestRate)
            {
                best = queue;
                bestRate = hourly;
                bestPay = pay;
            }
        }
        if (best is null)
        {
            EndSession(worker, session, nowMs);
            return;
        }
        var task = best.Take(nowMs);
        session.Current = task;
        session.CurrentQueue = best;
        session.CurrentStartMs = nowMs;
        session.CurrentPayMicros = bestPay;
        _busy.Enqueue(worker, (nowMs + HandlingMs(task, claim), worker));
    }

    private long HandlingMs(in PostedTask task, in WorkerClaim claim)
    {
        var type = _spec.TaskTypes[task.TaskType];
        var sigma = type.MinutesSigma;
        var median = type.MeanMinutes * claim.Speed / Math.Exp(sigma * sigma / 2);
        var rng = RandomStream.For(_spec.Seed, (ulong)task.Id, claim.WorkerId, StreamPurpose.Handling);
        return Math.Max(MinHandlingMs, Time.SimTime.FromMinutes(rng.NextLogNormal(median, sigma)));
    }

    private long PayFor(in PostedTask task, int region)
    {
        long basePay;
        if (task.RewardMicros >= 0)
        {
            basePay = task.RewardMicros;
        }
        else
        {
            var rates = _vendorRates[task.Vendor];
            basePay = rates is null ? -1 : rates[PayCells.Of(_spec, task.TaskType, region)];
        }
        if (basePay < 0)
            return -1;
        var cell = PayCells.Of(_spec, task.TaskType, region);
        if (_rateOverride[cell] >= 0)
            basePay = _rateOverride[cell];
        return Money.Share(basePay, _wageMultiplier[cell]);
    }

    private void Submit(int worker, long nowMs)
    {
        var session = _sessions[worker];
        var task = session.Current;
        var queue = session.CurrentQueue!;
        session.CurrentQueue = null;
        var review = RandomStream.For(_spec.Seed, (ulong)task.Id, worker, StreamPurpose.Review);
        var reviewed = review.NextBernoulli(_spec.TaskTypes[task.TaskType].ReviewShare);
        var rejected = reviewed && review.NextBernoulli(session.Claim.ErrorRate);
        queue.Tick.Submitted++;
        queue.Tick.SojournSumMs += nowMs - task.PostedMs;
        if (rejected)
        {
            queue.Tick.Rejected++;
            Refund(task.Lab, task.EscrowMicros);
            Emit(new WorkerOutcome(worker, OutcomeKind.Rejected, session.CurrentStartMs, nowMs, 0));
            return;
        }
        queue.Tick.Approved++;
        var pay = session.CurrentPayMicros;
        var fee = Money.Share(pay, _feeShare);
        var rest = task.EscrowMicros - pay - fee;
        _money.WorkerPay += pay;
        _money.Fees += fee;
        _escrowHeld -= pay + fee;
        if (task.Vendor >= 0)
        {
            _money.MarginByVendor[task.Vendor] += rest;
            _escrowHeld -= rest;
        }
        else
        {
            Refund(task.Lab, rest);
        }
        Emit(new WorkerOutcome(worker, OutcomeKind.Approved, session.CurrentStartMs, nowMs, pay));
    }

    private void EndSession(int worker, WorkerSession session, long nowMs)
    {
        _sessions.Remove(worker);
        Emit(new WorkerOutcome(worker, OutcomeKind.SessionEnded, session.Claim.AtMs, nowMs, 0));
    }

    private void Emit(in WorkerOutcome outcome)
    {
        var cohort = outcome.WorkerId / _workersPerCohort;
        if (!_outcomes.TryGetValue(cohort, out var list))
        {
            list = [];
            _outcomes.Add(cohort, list);
        }
        list.Add(outcome);
    }

    private PlatformTickResult CloseTick(long endMs)
    {
        var inService = new long[_queues.Length];
        foreach (var session in _sessions.Values)
        {
            if (session.CurrentQueue is { } queue)
                inService[queue.Index]++;
        }
        var counters = new QueueCounters[_queues.Length];
        foreach (var queue in _queues)
        {
            queue.AdvanceTo(endMs, inclusive: false, Expire);
            counters[queue.Index] = queue.EndTick(endMs, inService[queue.Index]);
        }
        _money.EscrowHeldEnd = _escrowHeld;
        var outcomes = _outcomes.Select(kv => new CohortOutcomes(kv.Key, kv.Value.ToArray())).ToArray();
        _outcomes.Clear();
        var result = new PlatformTickResult(counters, _money, outcomes);
        _money = NewMoney();
        return result;
    }

    private PlatformMoney NewMoney() => new(_spec.Labs.Count, _spec.Vendors.Count);
}
