using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Market;

/// <summary>A task on its way to, or waiting in, a platform queue.</summary>
/// <param name="Id">Globally unique, deterministic id (see <see cref="Labs.TaskIds"/>).</param>
/// <param name="PostedMs">When the task was posted.</param>
/// <param name="Lab">Index of the lab that created it.</param>
/// <param name="Vendor">Index of the vendor it goes through, or -1 when the lab posts directly.</param>
/// <param name="TaskType">Task type index.</param>
/// <param name="EscrowMicros">What the lab paid in when the task was posted.</param>
/// <param name="RewardMicros">The reward a direct poster offers; -1 when the vendor's piece rate by region applies.</param>
/// <param name="Requester">For a direct posting split among requesters, the requester's key (see <see cref="QueueKey"/>); otherwise -1.</param>
/// <param name="Takes">How many times the task has been taken (it returns to the queue when abandoned).</param>
public readonly record struct PostedTask(
    long Id,
    long PostedMs,
    int Lab,
    int Vendor,
    int TaskType,
    long EscrowMicros,
    long RewardMicros,
    int Requester = -1,
    int Takes = 0)
{
    internal void Save(StateWriter w)
    {
        w.Write(Id);
        w.Write(PostedMs);
        w.Write(Lab);
        w.Write(Vendor);
        w.Write(TaskType);
        w.Write(EscrowMicros);
        w.Write(RewardMicros);
        w.Write(Requester);
        w.Write(Takes);
    }

    internal static PostedTask Read(StateReader r) =>
        new(r.ReadLong(), r.ReadLong(), r.ReadInt(), r.ReadInt(), r.ReadInt(), r.ReadLong(), r.ReadLong(), r.ReadInt(), r.ReadInt());
}
