using CrowdSim.Model.Market.Search;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Randomness;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Market;

/// <summary>
/// One platform's market: its queues, the workers in session on it, and the clearing of work to
/// workers in continuous time within each tick. Tasks and claims that arrive during a tick are
/// sorted before they are processed, so the outcome never depends on the order they were delivered in.
/// </summary>
public sealed partial class PlatformMarket
{
    private const long MinHandlingMs = 1_000;

    private readonly ScenarioSpec _spec;
    private readonly int _workersPerCohort;
    private readonly TaskQueue[] _queues;
    private readonly Dictionary<QueueKey, TaskQueue> _queueByKey = [];
    // Per worker (global id): the session in progress, and the sequence number of their latest scheduled event.
    private readonly WorkerSession?[] _sessions;
    private readonly int[] _eventSeq;
    private int _sessionCount;
    private readonly PriorityQueue<int, (long Ms, int Worker, int Seq)> _due = new();
    private readonly SortedSet<(long SinceMs, int Worker)> _waiting = [];
    private readonly List<PostedTask> _pendingTasks = [];
    private readonly List<WorkerClaim> _pendingClaims = [];
    // Per cohort: what happened to its workers this tick; and which cohorts have something.
    private readonly List<WorkerOutcome>?[] _outcomes;
    private readonly List<int> _touchedCohorts = [];
    private readonly long[] _inService;
    private readonly Action<PostedTask> _expire;
    private readonly int _platform;
    private readonly List<TaskEvent>? _taskEvents;
    private readonly ulong[] _occupied;
    private readonly List<TaskQueue> _candidates = [];
    private PlatformMoney _money;
    private long _escrowHeld;
    // Search on a listing (issue 15), or null under perfect information.
    private readonly MarketSearch? _search;

    /// <param name="recordTaskEvents">Whether to keep a per-task event log (returned with each tick's result).</param>
    public PlatformMarket(ScenarioSpec spec, int platform, int workersPerCohort, bool recordTaskEvents = false)
    {
        _spec = spec;
        _platform = platform;
        _taskEvents = recordTaskEvents ? [] : null;
        _workersPerCohort = workersPerCohort;
        _queues = QueueLayout.For(spec, platform)
            .Select((key, i) => new TaskQueue(i, key, SimTime.FromHours(spec.TaskTypes[key.TaskType].ExpiryHours)))
            .ToArray();
        foreach (var queue in _queues)
            _queueByKey[queue.Key] = queue;
        Policies = new PlatformPolicies(spec, spec.Platforms[platform].Notifications);
        Pay = new PayBook(spec, platform, Policies);
        _money = NewMoney();
        _expire = Expire;
        _occupied = new ulong[(_queues.Length + 63) / 64];
        _inService = new long[_queues.Length];
        _sessions = new WorkerSession?[spec.WorkerCount];
        _eventSeq = new int[spec.WorkerCount];
        _outcomes = new List<WorkerOutcome>?[(spec.WorkerCount + workersPerCohort - 1) / workersPerCohort];
        if (spec.Platforms[platform].Search.Rule == SearchRule.Listing)
            _search = new MarketSearch(spec, platform, _queues.Length);
    }

    /// <summary>The scenario.</summary>
    internal ScenarioSpec Spec => _spec;

    /// <summary>The queues, in index order.</summary>
    public IReadOnlyList<TaskQueue> Queues => _queues;

    /// <summary>Interventions in force.</summary>
    public PlatformPolicies Policies { get; }

    /// <summary>How pay is set.</summary>
    public PayBook Pay { get; }

    /// <summary>Escrow held for tasks still open.</summary>
    public long EscrowHeld => _escrowHeld;

    /// <summary>Workers currently in session.</summary>
    public int WorkersInSession => _sessionCount;

    /// <summary>The waits to first pickup of all tasks taken so far (within the measurement window, when the scenario declares one), one histogram per queue (queue order).</summary>
    public WaitHistogram[] WaitsByQueue() => _spec.Measure is null ? _queues.Select(q => q.Waits).ToArray() : MeasuredWaits();

    /// <summary>Applies an event addressed to this platform (wage changes, policies).</summary>
    public void Apply(ScenarioEvent e)
    {
        switch (e)
        {
            case WageChange change:
                Pay.Apply(change);
                break;
            case PolicyChange policy:
                Policies.Apply(policy);
                break;
        }
    }

    /// <summary>A vendor's current piece rates.</summary>
    public void SetVendorRates(int vendor, long[] rates) => Pay.SetVendorRates(vendor, rates);

    /// <summary>Accepts tasks posted during the current tick (any delivery order).</summary>
    public void Enqueue(IEnumerable<PostedTask> tasks) => _pendingTasks.AddRange(tasks);

    /// <summary>Accepts workers checking in during the current tick (any delivery order).</summary>
    public void AddClaims(IEnumerable<WorkerClaim> claims) => _pendingClaims.AddRange(claims);

    /// <inheritdoc cref="AddClaims(IEnumerable{WorkerClaim})"/>
    public void AddClaims(ReadOnlySpan<WorkerClaim> claims) => _pendingClaims.AddRange(claims);

    /// <summary>Runs the market over [<paramref name="startMs"/>, <paramref name="endMs"/>).</summary>
    public PlatformTickResult RunTick(long startMs, long endMs)
    {
        MeasureAt(startMs);
        _pendingTasks.Sort((a, b) => a.PostedMs != b.PostedMs ? a.PostedMs.CompareTo(b.PostedMs) : a.Id.CompareTo(b.Id));
        _pendingClaims.Sort(CompareClaims);
        int nextTask = 0, nextClaim = 0;
        while (true)
        {
            var taskAt = nextTask < _pendingTasks.Count ? _pendingTasks[nextTask].PostedMs : long.MaxValue;
            var claimAt = nextClaim < _pendingClaims.Count ? _pendingClaims[nextClaim].AtMs : long.MaxValue;
            var dueAt = _due.TryPeek(out _, out var due) && due.Ms < endMs ? due.Ms : long.MaxValue;
            if (taskAt == long.MaxValue && claimAt == long.MaxValue && dueAt == long.MaxValue)
                break;
            if (taskAt <= dueAt && taskAt <= claimAt)
            {
                Arrive(_pendingTasks[nextTask++]);
            }
            else if (dueAt <= claimAt)
            {
                _due.Dequeue();
                if (_eventSeq[due.Worker] == due.Seq)
                    Finish(due.Worker, dueAt);
            }
            else
            {
                StartSession(_pendingClaims[nextClaim++]);
            }
        }
        _pendingTasks.Clear();
        _pendingClaims.Clear();
        return CloseTick(endMs);
    }

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
        queue.AdvanceTo(task.PostedMs, inclusive: true, _expire);
        queue.Arrive(task);
        Mark(queue);
        _search?.Posted(queue, task.PostedMs);
        Log(task, TaskEventKind.Posted, task.PostedMs);
        _money.EscrowIn += task.EscrowMicros;
        _escrowHeld += task.EscrowMicros;
        DispatchWaiting(queue, task.PostedMs);
    }

    private void StartSession(in WorkerClaim claim)
    {
        var end = claim.SessionEndMs;
        // A cap on continuous hours protects crowd workers' choices; a round-the-clock duty has no session to cap.
        if (Policies.MaxContinuousMs is { } cap && !claim.RoundTheClock)
            end = Math.Min(end, claim.AtMs + cap);
        if (_sessions[claim.WorkerId] is not null)
            throw new InvalidOperationException($"worker {claim.WorkerId} checked in twice");
        _sessions[claim.WorkerId] = new WorkerSession(claim, end);
        _sessionCount++;
        Choose(claim.WorkerId, claim.AtMs, SearchStep.CheckIn);
    }

    /// <summary>A worker is free: they take the best acceptable task, or a course worth taking, or wait (salaried), or stop.</summary>
    private void Choose(int worker, long nowMs, SearchStep step)
    {
        var session = _sessions[worker]!;
        session.Activity = SessionActivity.Choosing;
        if (nowMs >= session.EndMs)
        {
            if (!session.Claim.RoundTheClock)
            {
                EndSession(worker, session, nowMs);
                return;
            }
            ClosePayPeriod(worker, session, nowMs);
        }
        var choice = _search is { } search && !session.Claim.Salaried
            ? search.Choose(this, worker, session, nowMs, step)
            : WorkChoice.Best(this, session, nowMs);
        if (choice.SearchMs > 0)
        {
            session.Activity = SessionActivity.Searching;
            session.CurrentStartMs = nowMs;
            Schedule(worker, nowMs + choice.SearchMs);
        }
        else if (choice.Queue is { } queue)
        {
            Take(worker, session, queue, choice.PayMicros, nowMs);
        }
        else if (choice.CourseType >= 0)
        {
            StartCourse(worker, session, choice.CourseType, nowMs);
        }
        else if (session.Claim.Salaried)
        {
            session.Activity = SessionActivity.Waiting;
            session.WaitingSinceMs = nowMs;
            _waiting.Add((nowMs, worker));
            Schedule(worker, session.EndMs);
        }
        else
        {
            EndSession(worker, session, nowMs);
        }
    }

    /// <summary>
    /// The queues that hold tasks at <paramref name="nowMs"/>, in index order, after expiring what is
    /// due. Only occupied queues are visited, so many empty queues (requesters) cost nothing.
    /// </summary>
    internal List<TaskQueue> OccupiedQueuesAt(long nowMs)
    {
        _candidates.Clear();
        for (var word = 0; word < _occupied.Length; word++)
        {
            var bits = _occupied[word];
            while (bits != 0)
            {
                var queue = _queues[(word * 64) + System.Numerics.BitOperations.TrailingZeroCount(bits)];
                bits &= bits - 1;
                queue.AdvanceTo(nowMs, inclusive: true, _expire);
                Mark(queue);
                if (queue.Count > 0)
                    _candidates.Add(queue);
            }
        }
        return _candidates;
    }

    private void Mark(TaskQueue queue)
    {
        var bit = 1UL << (queue.Index % 64);
        if (queue.Count > 0)
            _occupied[queue.Index / 64] |= bit;
        else
            _occupied[queue.Index / 64] &= ~bit;
    }

    private void Take(int worker, WorkerSession session, TaskQueue queue, long pay, long nowMs)
    {
        var task = queue.Take(nowMs);
        Mark(queue);
        Log(task, TaskEventKind.Taken, nowMs, worker);
        var claim = session.Claim;
        var type = _spec.TaskTypes[task.TaskType];
        var handling = RandomStream.For(_spec.Seed, (ulong)task.Id, ((long)task.Takes << 32) | (uint)worker, StreamPurpose.Handling);
        var duration = HandlingMs(type, claim.Speed, ref handling);
        var abandons = !claim.Salaried && handling.NextBernoulli(type.AbandonShare);
        if (abandons)
            duration = Math.Max(MinHandlingMs, (long)(duration * handling.NextUniform(0.1, 0.9)));
        session.Activity = abandons ? SessionActivity.Abandoning : SessionActivity.Working;
        session.Current = task;
        session.CurrentQueue = queue;
        _inService[queue.Index]++;
        session.CurrentStartMs = nowMs;
        session.CurrentPayMicros = claim.Salaried ? 0 : pay;
        Schedule(worker, nowMs + duration);
    }

    private static long HandlingMs(TaskTypeSpec type, double speed, ref RandomStream handling)
    {
        if (type.Handling == HandlingDistribution.Exponential)
            return Math.Max(1, SimTime.FromMinutes(handling.NextExponential(type.MeanMinutes * speed)));
        var sigma = type.MinutesSigma;
        var median = type.MeanMinutes * speed / Math.Exp(sigma * sigma / 2);
        return Math.Max(MinHandlingMs, SimTime.FromMinutes(handling.NextLogNormal(median, sigma)));
    }

    private void StartCourse(int worker, WorkerSession session, int taskType, long nowMs)
    {
        session.Activity = SessionActivity.Training;
        session.CourseType = taskType;
        session.CurrentStartMs = nowMs;
        Schedule(worker, nowMs + SimTime.FromHours(_spec.TaskTypes[taskType].Training!.Hours));
    }

    // Sequence numbers per worker only grow, so an event left over from an earlier activity or session never matches.
    private void Schedule(int worker, long atMs)
    {
        var seq = ++_eventSeq[worker];
        _due.Enqueue(worker, (atMs, worker, seq));
    }

    /// <summary>Something a worker in session was doing is over.</summary>
    private void Finish(int worker, long nowMs)
    {
        var session = _sessions[worker]!;
        switch (session.Activity)
        {
            case SessionActivity.Working:
                Submit(worker, session, nowMs);
                break;
            case SessionActivity.Abandoning:
                Abandon(worker, session, nowMs);
                break;
            case SessionActivity.Training:
                FinishCourse(worker, session, nowMs);
                break;
            case SessionActivity.Waiting when session.Claim.RoundTheClock:
                // Still waiting, now in the next pay period.
                ClosePayPeriod(worker, session, nowMs);
                Schedule(worker, session.EndMs);
                return;
            case SessionActivity.Waiting:
                _waiting.Remove((session.WaitingSinceMs, worker));
                EndSession(worker, session, nowMs);
                return;
            case SessionActivity.Searching:
                // A search inside the session is over: its time is unpaid, reported like a check's search.
                Emit(new WorkerOutcome(worker, OutcomeKind.Searched, session.CurrentStartMs, nowMs, 0));
                Choose(worker, nowMs, SearchStep.AfterSearch);
                return;
        }
        Choose(worker, nowMs, SearchStep.AfterWork);
    }

    private void Submit(int worker, WorkerSession session, long nowMs)
    {
        var task = session.Current;
        var queue = session.CurrentQueue!;
        session.CurrentQueue = null;
        _inService[queue.Index]--;
        var claim = session.Claim;
        var type = _spec.TaskTypes[task.TaskType];
        var review = RandomStream.For(_spec.Seed, (ulong)task.Id, ((long)task.Takes << 32) | (uint)worker, StreamPurpose.Review);
        var reviewed = review.NextBernoulli(type.ReviewShare);
        var fatigue = 1.0 + (claim.FatiguePerHour * Math.Max(0, nowMs - session.PeriodStartMs - claim.FatigueOnsetMs) / SimTime.MsPerHour);
        var rejected = reviewed && review.NextBernoulli(Math.Min(1.0, claim.ErrorRate * type.Difficulty * fatigue));
        queue.Tick.Submitted++;
        queue.Tick.SojournSumMs += nowMs - task.PostedMs;
        Log(task, TaskEventKind.Submitted, nowMs, worker);
        if (rejected)
            queue.Tick.Rejected++;
        else
            queue.Tick.Approved++;
        var paid = !rejected || Policies.PayRejected;
        if (!claim.Salaried)
            _search?.Submitted(worker, claim, queue, paid ? session.CurrentPayMicros : 0, nowMs - session.CurrentStartMs);
        if (!paid)
        {
            Refund(task.Lab, task.EscrowMicros);
            Log(task, TaskEventKind.Rejected, nowMs, worker);
            Emit(new WorkerOutcome(worker, OutcomeKind.Rejected, session.CurrentStartMs, nowMs, 0, task.TaskType, reviewed));
            return;
        }
        var pay = session.CurrentPayMicros;
        var fee = Pay.FeeOn(pay);
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
        Log(task, rejected ? TaskEventKind.Rejected : TaskEventKind.Approved, nowMs, worker, pay);
        var kind = rejected ? OutcomeKind.Rejected : OutcomeKind.Approved;
        Emit(new WorkerOutcome(worker, kind, session.CurrentStartMs, nowMs, pay, task.TaskType, reviewed));
    }

    private void Abandon(int worker, WorkerSession session, long nowMs)
    {
        var task = session.Current;
        var queue = session.CurrentQueue!;
        session.CurrentQueue = null;
        _inService[queue.Index]--;
        queue.AdvanceTo(nowMs, inclusive: true, _expire);
        Log(task, TaskEventKind.Abandoned, nowMs, worker);
        _search?.Abandoned(worker);
        if (task.PostedMs + queue.ExpiryMs <= nowMs)
        {
            queue.Tick.Abandoned++;
            queue.Tick.Expired++;
            Expire(task);
        }
        else
        {
            queue.Return(task, nowMs);
        }
        Mark(queue);
        Emit(new WorkerOutcome(worker, OutcomeKind.Abandoned, session.CurrentStartMs, nowMs, 0, task.TaskType));
        DispatchWaiting(queue, nowMs);
    }

    private void FinishCourse(int worker, WorkerSession session, long nowMs)
    {
        var type = session.CourseType;
        var course = _spec.TaskTypes[type].Training!;
        var exam = RandomStream.For(_spec.Seed, (ulong)worker, type, StreamPurpose.Training);
        var passed = exam.NextBernoulli(course.PassRate);
        var bit = 1UL << type;
        if (passed)
            session.Qualified |= bit;
        else
            session.FailedCourses |= bit;
        var pay = Policies.PaidTrainingUsdPerHour is { } rate ? Money.FromUsd(rate * course.Hours) : 0;
        _money.TrainingPay += pay;
        _money.WorkerPay += pay;
        _money.Fees -= pay;
        session.CourseType = -1;
        Emit(new WorkerOutcome(worker, passed ? OutcomeKind.TrainingPassed : OutcomeKind.TrainingFailed, session.CurrentStartMs, nowMs, pay, type));
    }

    /// <summary>Hands new work to salaried workers who are waiting for it, longest-waiting first.</summary>
    private void DispatchWaiting(TaskQueue queue, long nowMs)
    {
        if (_waiting.Count == 0 || queue.Vendor < 0)
            return;
        while (queue.Count > 0)
        {
            var found = false;
            foreach (var (since, worker) in _waiting)
            {
                if (_sessions[worker]!.Claim.Employer != queue.Vendor)
                    continue;
                _waiting.Remove((since, worker));
                Choose(worker, nowMs, SearchStep.AfterWork);
                found = true;
                break;
            }
            if (!found)
                return;
        }
    }

    private void Expire(PostedTask task)
    {
        Refund(task.Lab, task.EscrowMicros);
        Log(task, TaskEventKind.Expired, task.PostedMs + SimTime.FromHours(_spec.TaskTypes[task.TaskType].ExpiryHours));
    }

    private void Log(in PostedTask task, TaskEventKind kind, long atMs, int worker = -1, long pay = 0) =>
        _taskEvents?.Add(new TaskEvent(task.Id, kind, atMs, _platform, task.TaskType, task.Lab, task.Vendor, worker, pay));

    private void Refund(int lab, long micros)
    {
        _money.RefundsByLab[lab] += micros;
        _escrowHeld -= micros;
    }

    private void EndSession(int worker, WorkerSession session, long nowMs)
    {
        _sessions[worker] = null;
        _sessionCount--;
        // Whatever the worker still had scheduled (a waiting salaried worker's shift end) is now stale.
        _eventSeq[worker]++;
        Emit(new WorkerOutcome(worker, OutcomeKind.SessionEnded, session.PeriodStartMs, nowMs, 0));
    }

    /// <summary>A round-the-clock worker's day is over: it is reported for pay, and the next one starts now.</summary>
    private void ClosePayPeriod(int worker, WorkerSession session, long nowMs)
    {
        Emit(new WorkerOutcome(worker, OutcomeKind.ShiftRolled, session.PeriodStartMs, nowMs, 0));
        session.PeriodStartMs = nowMs;
        while (session.EndMs <= nowMs)
            session.EndMs += SimTime.MsPerDay;
    }

    private void Emit(in WorkerOutcome outcome)
    {
        var cohort = outcome.WorkerId / _workersPerCohort;
        var list = _outcomes[cohort] ??= [];
        if (list.Count == 0)
            _touchedCohorts.Add(cohort);
        list.Add(outcome);
    }

    private PlatformTickResult CloseTick(long endMs)
    {
        var counters = new QueueCounters[_queues.Length];
        foreach (var queue in _queues)
        {
            queue.AdvanceTo(endMs, inclusive: false, _expire);
            Mark(queue);
            counters[queue.Index] = queue.EndTick(endMs, _inService[queue.Index]);
        }
        _money.EscrowHeldEnd = _escrowHeld;
        // Cohorts in id order. Their lists are kept from tick to tick (cleared, not dropped), so they stop growing after the first busy ticks.
        _touchedCohorts.Sort();
        var outcomes = new CohortOutcomes[_touchedCohorts.Count];
        for (var k = 0; k < outcomes.Length; k++)
        {
            var list = _outcomes[_touchedCohorts[k]]!;
            outcomes[k] = new CohortOutcomes(_touchedCohorts[k], list.ToArray());
            list.Clear();
        }
        _touchedCohorts.Clear();
        var result = new PlatformTickResult(counters, _money, outcomes, _taskEvents is null ? [] : [.. _taskEvents]);
        _taskEvents?.Clear();
        _money = NewMoney();
        return result;
    }

    private PlatformMoney NewMoney() => new(_spec.Labs.Count, _spec.Vendors.Count);
}
