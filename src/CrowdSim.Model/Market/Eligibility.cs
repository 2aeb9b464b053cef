using CrowdSim.Model.Labs;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Market;

/// <summary>
/// Who may take a queue's tasks on one platform, apart from pay: a requester's region restriction and
/// approved-count gate (<see cref="RequesterAccess"/>). Vendors' and labs' undivided queues are open;
/// which regions a vendor pays is the pay book's business.
/// </summary>
public sealed class Eligibility
{
    private readonly RequesterAccess[] _access;

    public Eligibility(ScenarioSpec spec, int platform)
    {
        _access = QueueLayout.For(spec, platform)
            .Select(key => key.Requester < 0
                ? RequesterAccess.Open
                : RequesterAccess.For(spec, key.Lab, key.Requester / QueueKey.RequestersPerLine, key.Requester % QueueKey.RequestersPerLine))
            .ToArray();
        AnyRestriction = _access.Any(a => a != RequesterAccess.Open);
    }

    /// <summary>Whether any queue is restricted at all.</summary>
    public bool AnyRestriction { get; }

    /// <summary>The access rule of the queue with index <paramref name="queue"/>.</summary>
    public RequesterAccess Of(int queue) => _access[queue];

    /// <summary>Whether the worker making <paramref name="claim"/> may take tasks from <paramref name="queue"/>.</summary>
    public bool Allows(TaskQueue queue, in WorkerClaim claim) => _access[queue.Index].Allows(claim.Region, claim.Approved);
}
