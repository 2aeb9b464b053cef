using CrowdSim.Model.Metrics;
using CrowdSim.Model.Workers;

namespace CrowdSim.Grains.Messages;

/// <summary>What is only known at the end of a run: every worker's totals (id order) and the wait histograms per platform and queue.</summary>
[GenerateSerializer, Immutable]
public sealed record RunFinal(
    [property: Id(0)] WorkerRecord[] Workers,
    [property: Id(1)] WaitHistogram[][] WaitsByQueue);
