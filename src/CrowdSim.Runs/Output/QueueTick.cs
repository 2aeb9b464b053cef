using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;

namespace CrowdSim.Runs.Output;

/// <summary>One queue's (or one platform's summed) counts in one tick.</summary>
public sealed record QueueTick(QueueCounters Counters, long TickMs);
