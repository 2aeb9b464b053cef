using CrowdSim.Model.Market;

namespace CrowdSim.Runs.Output;

/// <summary>One queue's (or one platform's summed) counts in one tick.</summary>
public sealed record QueueTick(QueueCounters Counters, long TickMs);
