using CrowdSim.Model.Metrics;

namespace CrowdSim.Grains.Messages;

/// <summary>A platform's wait histograms at the end of a run, one per queue (immutable, so not deep-copied within a silo).</summary>
[GenerateSerializer, Immutable]
public sealed record PlatformWaits([property: Id(0)] WaitHistogram[] ByQueue);
