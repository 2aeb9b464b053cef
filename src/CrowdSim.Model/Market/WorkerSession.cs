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
}
