using CrowdSim.Model.Randomness;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Labs;

/// <summary>
/// Who may take one requester's tasks: the regions it lets see them (null = all) and the approved
/// tasks it requires. Drawn once per requester from its own streams, so the lab and the platform
/// agree without telling each other, and a requester's pay and volume draws are untouched.
/// </summary>
/// <param name="Regions">Region indices allowed, or null for every region.</param>
/// <param name="MinApproved">Approved tasks a worker needs (0 = no gate).</param>
public sealed record RequesterAccess(IReadOnlyList<int>? Regions, long MinApproved)
{
    /// <summary>No restriction.</summary>
    public static readonly RequesterAccess Open = new(null, 0);

    /// <summary>The access rule of requester <paramref name="requester"/> of line <paramref name="line"/> of lab <paramref name="lab"/>.</summary>
    public static RequesterAccess For(ScenarioSpec spec, int lab, int line, int requester)
    {
        if (spec.Labs[lab].Demand[line].Requesters is not { } requesters)
            return Open;
        var entity = LabEntities.Requester(lab, line, requester);
        IReadOnlyList<int>? regions = null;
        if (requesters.RestrictToRegions is { } restrict
            && RandomStream.For(spec.Seed, entity, 0, StreamPurpose.RequesterRegions).NextBernoulli(restrict.Share))
            regions = [.. restrict.Regions.Select(spec.RegionIndex)];
        long minApproved = 0;
        if (requesters.ApprovalGate is { } gate
            && RandomStream.For(spec.Seed, entity, 0, StreamPurpose.RequesterGate).NextBernoulli(gate.Share))
            minApproved = gate.MinApproved;
        return regions is null && minApproved == 0 ? Open : new RequesterAccess(regions, minApproved);
    }

    /// <summary>Whether a worker of <paramref name="region"/> with <paramref name="approved"/> approved tasks may take the work.</summary>
    public bool Allows(int region, long approved) =>
        approved >= MinApproved && (Regions is null || Regions.Contains(region));
}
