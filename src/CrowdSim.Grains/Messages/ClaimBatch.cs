using CrowdSim.Model.Market;

namespace CrowdSim.Grains.Messages;

/// <summary>One cohort's check-ins on one platform in one tick.</summary>
[GenerateSerializer, Immutable]
public sealed record ClaimBatch([property: Id(0)] WorkerClaim[] Claims);
