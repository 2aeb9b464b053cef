namespace CrowdSim.Model.Market;

/// <summary>
/// Names a queue: who posts into it (a vendor, or a lab directly, possibly as one of many
/// requesters) and the task type. A requester key is <c>demand line × <see cref="RequestersPerLine"/> + requester</c>.
/// </summary>
public readonly record struct QueueKey(int Lab, int Vendor, int TaskType, int Requester = -1)
{
    /// <summary>Room for requesters per demand line in a requester key.</summary>
    public const int RequestersPerLine = 4096;

    /// <summary>The queue a posted task belongs in.</summary>
    public static QueueKey Of(in PostedTask task) =>
        task.Vendor >= 0 ? new QueueKey(-1, task.Vendor, task.TaskType) : new QueueKey(task.Lab, -1, task.TaskType, task.Requester);

    /// <summary>The requester key of requester <paramref name="requester"/> of a lab's demand line.</summary>
    public static int RequesterKey(int line, int requester) => (line * RequestersPerLine) + requester;
}
