using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>
/// Follows every task through the per-task event log and says what breaks its life cycle:
/// posted once, then taken only while queued and before its deadline, held by one worker at a time,
/// submitted or abandoned by the worker holding it, a verdict right after each submission, expired
/// only while queued and exactly at its deadline, and nothing after the end. Each worker holds at
/// most one task at a time. Also sums what the queue counters sum: waits to first pickup and times
/// in system.
/// </summary>
internal sealed class TaskLives(ScenarioSpec spec)
{
    private readonly Dictionary<long, TaskLife> _tasks = [];
    private readonly Dictionary<int, long> _holding = [];
    private readonly List<Take> _takes = [];
    private TaskEvent? _awaitingVerdict;

    /// <summary>Every take: who, on which platform, from which poster, when.</summary>
    public IReadOnlyList<Take> Takes => _takes;

    /// <summary>Per platform, waits to first pickup in the last tick: (count, sum in ms).</summary>
    public (long Count, long SumMs)[] FirstPickups { get; private set; } = [];

    /// <summary>Per platform, times from posting to submission in the last tick.</summary>
    public long[] SojournMs { get; private set; } = [];

    /// <summary>Reads one tick's events (platform by platform, each in the order it happened); returns what was wrong, or null.</summary>
    public string? Read(IReadOnlyList<TaskEvent> events, long tickStartMs, long tickEndMs)
    {
        FirstPickups = new (long, long)[spec.Platforms.Count];
        SojournMs = new long[spec.Platforms.Count];
        foreach (var e in events)
        {
            if (Check(e, tickStartMs, tickEndMs) is { } problem)
                return $"task {e.TaskId}, {e.Kind} at {e.AtMs} ms on platform {e.Platform} by worker {e.WorkerId}: {problem}";
        }
        return _awaitingVerdict is { } pending ? $"task {pending.TaskId} was submitted without a verdict" : null;
    }

    private string? Check(in TaskEvent e, long tickStartMs, long tickEndMs)
    {
        if (_awaitingVerdict is { } submitted && (e.Kind is not (TaskEventKind.Approved or TaskEventKind.Rejected)
            || e.TaskId != submitted.TaskId || e.WorkerId != submitted.WorkerId || e.AtMs != submitted.AtMs))
            return $"task {submitted.TaskId} was submitted without a verdict";
        if (e.Kind == TaskEventKind.Posted)
            return Post(e, tickStartMs, tickEndMs);
        if (!_tasks.TryGetValue(e.TaskId, out var life))
            return "never posted";
        if (e.Platform != life.Platform)
            return $"posted on platform {life.Platform}";
        if (e.Kind != TaskEventKind.Expired && (e.AtMs < tickStartMs || e.AtMs >= tickEndMs))
            return $"outside its tick [{tickStartMs}, {tickEndMs})";
        return e.Kind switch
        {
            TaskEventKind.Taken => Taken(e, life),
            TaskEventKind.Abandoned or TaskEventKind.Submitted => Released(e, life),
            TaskEventKind.Approved or TaskEventKind.Rejected => Verdict(e, life),
            TaskEventKind.Expired => Expired(e, life, tickStartMs, tickEndMs),
            _ => $"unknown kind {e.Kind}",
        };
    }

    private string? Post(in TaskEvent e, long tickStartMs, long tickEndMs)
    {
        if (_tasks.ContainsKey(e.TaskId))
            return "posted twice";
        if (e.AtMs < tickStartMs || e.AtMs >= tickEndMs)
            return $"posted outside its tick [{tickStartMs}, {tickEndMs})";
        var deadline = e.AtMs + (long)Math.Round(spec.TaskTypes[e.TaskType].ExpiryHours * 3_600_000);
        _tasks[e.TaskId] = new TaskLife(e.Platform, e.AtMs, deadline);
        return null;
    }

    private string? Taken(in TaskEvent e, TaskLife life)
    {
        if (life.State != TaskState.Queued)
            return $"taken while {life.State}";
        if (e.AtMs < life.PostedMs || e.AtMs < life.LastMs)
            return $"taken at {e.AtMs}, before it was posted ({life.PostedMs}) or returned ({life.LastMs})";
        if (e.AtMs >= life.DeadlineMs)
            return $"taken at or after its deadline {life.DeadlineMs}";
        if (_holding.TryGetValue(e.WorkerId, out var held))
            return $"the worker still holds task {held}";
        if (!life.EverTaken)
        {
            FirstPickups[e.Platform].Count++;
            FirstPickups[e.Platform].SumMs += e.AtMs - life.PostedMs;
        }
        _holding[e.WorkerId] = e.TaskId;
        _takes.Add(new Take(e.WorkerId, e.Platform, e.Vendor, e.AtMs));
        life.State = TaskState.InService;
        life.Holder = e.WorkerId;
        life.LastMs = e.AtMs;
        life.EverTaken = true;
        return null;
    }

    private string? Released(in TaskEvent e, TaskLife life)
    {
        if (life.State != TaskState.InService || life.Holder != e.WorkerId)
            return $"{life.State}, held by worker {life.Holder}";
        if (e.AtMs < life.LastMs)
            return $"before it was taken ({life.LastMs})";
        _holding.Remove(e.WorkerId);
        life.Holder = -1;
        life.LastMs = e.AtMs;
        if (e.Kind == TaskEventKind.Abandoned)
        {
            life.State = TaskState.Queued;
            return null;
        }
        life.State = TaskState.Done;
        SojournMs[e.Platform] += e.AtMs - life.PostedMs;
        _awaitingVerdict = e;
        return null;
    }

    private string? Verdict(in TaskEvent e, TaskLife life)
    {
        if (_awaitingVerdict is null)
            return "a verdict without a submission";
        _awaitingVerdict = null;
        if (e.PayMicros < 0)
            return $"paid {e.PayMicros} µ$";
        return life.State == TaskState.Done ? null : $"a verdict while {life.State}";
    }

    // Expiry is logged at the deadline. A task abandoned after its deadline expires then and there, so
    // its expiry (at the deadline) may come after the abandonment and lie before this tick.
    private static string? Expired(in TaskEvent e, TaskLife life, long tickStartMs, long tickEndMs)
    {
        if (life.State != TaskState.Queued)
            return $"expired while {life.State}";
        if (e.AtMs != life.DeadlineMs)
            return $"expired at {e.AtMs}, its deadline is {life.DeadlineMs}";
        var abandonedLate = life.EverTaken && life.LastMs >= life.DeadlineMs;
        if (!abandonedLate && (e.AtMs < tickStartMs || e.AtMs >= tickEndMs))
            return $"expired outside its tick [{tickStartMs}, {tickEndMs})";
        life.State = TaskState.Done;
        return null;
    }

    /// <summary>One take of a task by a worker.</summary>
    public readonly record struct Take(int WorkerId, int Platform, int Vendor, long AtMs);

    private enum TaskState
    {
        Queued,
        InService,
        Done,
    }

    private sealed class TaskLife(int platform, long postedMs, long deadlineMs)
    {
        public int Platform { get; } = platform;
        public long PostedMs { get; } = postedMs;
        public long DeadlineMs { get; } = deadlineMs;
        public TaskState State { get; set; } = TaskState.Queued;
        public int Holder { get; set; } = -1;
        public long LastMs { get; set; } = postedMs;
        public bool EverTaken { get; set; }
    }
}
