using System.Runtime.InteropServices;
using CrowdSim.Model.Market;

namespace CrowdSim.Grains.Messages;

/// <summary>One cohort's check-ins on one platform in one tick (packed: see <see cref="Packed"/>).</summary>
[GenerateSerializer, Immutable]
public sealed record ClaimBatch([property: Id(0)] byte[] PackedClaims)
{
    public static ClaimBatch Of(List<WorkerClaim> claims) => new(Packed.Of<WorkerClaim>(CollectionsMarshal.AsSpan(claims)));

    public ReadOnlySpan<WorkerClaim> Claims => Packed.As<WorkerClaim>(PackedClaims);
}
