using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Simulation;

/// <summary>The scenario's timeline: which events take effect in which tick (the tick containing their time), in file order.</summary>
public sealed class EventSchedule(ScenarioSpec spec)
{
    private readonly long _tickMs = spec.TickMinutes * SimTime.MsPerMinute;
    private readonly HashSet<long> _ticks = [.. spec.Events.Select(e => e.AtMinute * SimTime.MsPerMinute / (spec.TickMinutes * SimTime.MsPerMinute))];

    /// <summary>Whether any event takes effect at the start of <paramref name="tick"/> (without a scan of the events).</summary>
    public bool AnyIn(int tick) => _ticks.Contains(tick);

    /// <summary>Events that take effect at the start of <paramref name="tick"/>.</summary>
    public IEnumerable<ScenarioEvent> DueIn(int tick) =>
        spec.Events.Where(e => e.AtMinute * SimTime.MsPerMinute / _tickMs == tick);
}
