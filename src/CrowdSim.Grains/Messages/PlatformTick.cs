using CrowdSim.Model.Market;

namespace CrowdSim.Grains.Messages;

/// <summary>A platform's counts for a tick, and which cohorts it sent outcomes to.</summary>
[GenerateSerializer, Immutable]
public sealed record PlatformTick(
    [property: Id(0)] QueueCounters[] Queues,
    [property: Id(1)] PlatformMoney Money,
    [property: Id(2)] int[] CohortsNotified,
    [property: Id(3)] long WorkersInSession,
    [property: Id(4)] TaskEvent[] TaskEvents);
