using CrowdSim.Model.Market;

namespace CrowdSim.Results.Run;

/// <summary>One queue's (or one platform's summed) counts in one tick.</summary>
public sealed record QueueTick(QueueCounters Counters, long TickMs);
