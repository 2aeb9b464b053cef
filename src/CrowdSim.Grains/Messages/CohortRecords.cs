using CrowdSim.Model.Workers;

namespace CrowdSim.Grains.Messages;

/// <summary>A cohort's worker records at the end of a run (immutable, so not deep-copied within a silo).</summary>
[GenerateSerializer, Immutable]
public sealed record CohortRecords([property: Id(0)] WorkerRecord[] Workers);
