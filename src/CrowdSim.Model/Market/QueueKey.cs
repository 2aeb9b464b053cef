namespace CrowdSim.Model.Market;

/// <summary>Names a queue: who posts into it (a vendor, or a lab directly) and the task type.</summary>
public readonly record struct QueueKey(int Lab, int Vendor, int TaskType)
{
    /// <summary>The queue a posted task belongs in.</summary>
    public static QueueKey Of(in PostedTask task) =>
        task.Vendor >= 0 ? new QueueKey(-1, task.Vendor, task.TaskType) : new QueueKey(task.Lab, -1, task.TaskType);
}
