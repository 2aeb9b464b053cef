using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Market;

/// <summary>A worker's stay on a platform, from check-in until they stop taking tasks.</summary>
internal sealed class WorkerSession(WorkerClaim claim, long endMs)
{
    public WorkerClaim Claim { get; } = claim;

    /// <summary>When the worker stops taking new work (the claim's end, or earlier under a cap on continuous hours); for a round-the-clock worker, when the pay period closes.</summary>
    public long EndMs { get; set; } = endMs;

    /// <summary>When the current pay period began: the check-in, or a round-the-clock worker's last period close.</summary>
    public long PeriodStartMs { get; set; } = claim.AtMs;

    /// <summary>Task types passed so far, including courses passed in this session.</summary>
    public ulong Qualified { get; set; } = claim.Qualified;

    /// <summary>Task types whose course was failed, including in this session.</summary>
    public ulong FailedCourses { get; set; } = claim.FailedCourses;

    /// <summary>What the worker is doing now.</summary>
    public SessionActivity Activity { get; set; }

    public PostedTask Current { get; set; }
    public TaskQueue? CurrentQueue { get; set; }
    public long CurrentStartMs { get; set; }
    public long CurrentPayMicros { get; set; }

    /// <summary>The task type of the course in progress.</summary>
    public int CourseType { get; set; } = -1;

    /// <summary>A salaried worker waiting for work since this time.</summary>
    public long WaitingSinceMs { get; set; }

    /// <summary>Writes the session, its current queue as an index (-1 for none).</summary>
    public void Save(StateWriter w)
    {
        w.Section(nameof(WorkerSession));
        Claim.Save(w);
        w.Write(EndMs);
        w.Write(PeriodStartMs);
        w.Write(Qualified);
        w.Write(FailedCourses);
        w.Write((int)Activity);
        Current.Save(w);
        w.Write(CurrentQueue?.Index ?? -1);
        w.Write(CurrentStartMs);
        w.Write(CurrentPayMicros);
        w.Write(CourseType);
        w.Write(WaitingSinceMs);
    }

    /// <summary>A session written by <see cref="Save"/>, its current queue looked up in <paramref name="queues"/>.</summary>
    public static WorkerSession Restore(StateReader r, IReadOnlyList<TaskQueue> queues)
    {
        r.Section(nameof(WorkerSession));
        return new WorkerSession(WorkerClaim.Read(r), r.ReadLong())
        {
            PeriodStartMs = r.ReadLong(),
            Qualified = r.ReadULong(),
            FailedCourses = r.ReadULong(),
            Activity = ActivityOf(r.ReadInt()),
            Current = PostedTask.Read(r),
            CurrentQueue = QueueOf(r.ReadInt(), queues),
            CurrentStartMs = r.ReadLong(),
            CurrentPayMicros = r.ReadLong(),
            CourseType = r.ReadInt(),
            WaitingSinceMs = r.ReadLong(),
        };
    }

    private static SessionActivity ActivityOf(int value) =>
        Enum.IsDefined((SessionActivity)value) ? (SessionActivity)value : throw new CheckpointFormatException($"a session activity of {value}");

    private static TaskQueue? QueueOf(int index, IReadOnlyList<TaskQueue> queues) => index switch
    {
        -1 => null,
        _ when index >= 0 && index < queues.Count => queues[index],
        _ => throw new CheckpointFormatException($"queue {index} of a platform with {queues.Count}"),
    };
}
