namespace CrowdSim.Model.Market;

/// <summary>A worker's stay on a platform, from check-in until they stop taking tasks.</summary>
internal sealed class WorkerSession(WorkerClaim claim)
{
    public WorkerClaim Claim { get; } = claim;
    public PostedTask Current { get; set; }
    public TaskQueue? CurrentQueue { get; set; }
    public long CurrentStartMs { get; set; }
    public long CurrentPayMicros { get; set; }
}
