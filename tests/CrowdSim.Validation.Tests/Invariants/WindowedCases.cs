using CrowdSim.Model.Scenario;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>A measurement window for a generated scenario, drawn from its seed: whole ticks, anywhere in the horizon.</summary>
internal static class WindowedCases
{
    /// <summary><paramref name="spec"/> measured over [from, to), both picked by the seed (from in the first half, to in the second).</summary>
    public static ScenarioSpec WithWindow(ScenarioSpec spec)
    {
        var ticks = spec.Ticks;
        var from = (int)(spec.Seed % (ulong)Math.Max(1, ticks / 2));
        var to = ticks - (int)(spec.Seed / 7 % (ulong)Math.Max(1, ticks / 2));
        return spec with { Measure = new MeasureWindow((long)from * spec.TickMinutes, (long)to * spec.TickMinutes) };
    }
}
