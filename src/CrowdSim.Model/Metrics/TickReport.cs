using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Metrics;

/// <summary>Everything measured in one tick, gathered from all labs, platforms and cohorts.</summary>
/// <param name="Tick">Tick number, from 0.</param>
/// <param name="StartMs">Simulated start of the tick.</param>
/// <param name="Labs">Per lab (index = lab).</param>
/// <param name="Queues">Per platform (index = platform), per queue (index = queue).</param>
/// <param name="Platforms">Money per platform (index = platform).</param>
/// <param name="Regions">Worker counts per region (index = region), summed over cohorts.</param>
/// <param name="WorkersInSession">Workers in session on any platform at the end of the tick.</param>
/// <param name="Projects">Projects launched this tick (bursts and batches), lab by lab.</param>
/// <param name="TaskEvents">Per-task events of the tick, platform by platform (empty unless the run keeps a task log).</param>
public sealed record TickReport(
    int Tick,
    long StartMs,
    IReadOnlyList<LabCounters> Labs,
    IReadOnlyList<IReadOnlyList<QueueCounters>> Queues,
    IReadOnlyList<PlatformMoney> Platforms,
    IReadOnlyList<RegionCounters> Regions,
    long WorkersInSession,
    IReadOnlyList<ProjectLaunch> Projects,
    IReadOnlyList<TaskEvent> TaskEvents);
