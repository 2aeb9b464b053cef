using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Simulation;

/// <summary>The simulated interval [StartMs, EndMs) a tick covers.</summary>
public readonly record struct TickWindow(int Tick, long StartMs, long EndMs)
{
    /// <summary>The window of tick <paramref name="tick"/> in a scenario.</summary>
    public static TickWindow Of(ScenarioSpec spec, int tick)
    {
        var length = spec.TickMinutes * SimTime.MsPerMinute;
        return new TickWindow(tick, tick * length, (tick + 1) * length);
    }
}
