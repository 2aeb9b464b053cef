namespace CrowdSim.Model.Scenario;

/// <summary>
/// The part of the horizon every summary figure measures: from <see cref="FromMinutes"/> (inclusive)
/// to <see cref="ToMinutes"/> (exclusive), whole ticks, in minutes from the start of the run. Ticks
/// outside it still run (warm-up and end effects are simulated) but are left out of summary.json.
/// A scenario without one measures the whole horizon.
/// </summary>
public sealed record MeasureWindow(long FromMinutes, long ToMinutes)
{
    /// <summary>The first tick measured and the first tick after the window, for <paramref name="spec"/> (the whole horizon when it declares no window).</summary>
    public static (int From, int To) TicksOf(ScenarioSpec spec) =>
        spec.Measure is { } m
            ? ((int)Math.Min(m.FromMinutes / spec.TickMinutes, spec.Ticks), (int)Math.Min(m.ToMinutes / spec.TickMinutes, spec.Ticks))
            : (0, spec.Ticks);
}
