namespace CrowdSim.Model.Market;

/// <summary>One step of one task's life, for the per-task event log: posted → taken → (abandoned → taken …) → submitted → approved/rejected, or expired.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Kind">What happened.</param>
/// <param name="AtMs">When.</param>
/// <param name="Platform">Platform index.</param>
/// <param name="TaskType">Task type index.</param>
/// <param name="Lab">The lab that created the task.</param>
/// <param name="Vendor">The vendor it went through, or -1.</param>
/// <param name="WorkerId">The worker concerned, or -1 (posted, expired).</param>
/// <param name="PayMicros">What the worker was paid (approved, or rejected under pay-for-rejected-work).</param>
public readonly record struct TaskEvent(long TaskId, TaskEventKind Kind, long AtMs, int Platform, int TaskType, int Lab, int Vendor, int WorkerId, long PayMicros);
