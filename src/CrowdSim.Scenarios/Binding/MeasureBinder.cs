using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Binds the top-level <c>measure</c>: a mapping <c>{from, to}</c> of durations from the start of
/// the run (<c>from</c> defaults to 0, <c>to</c> to the end of the horizon), both on tick
/// boundaries, with from &lt; to; a <c>to</c> past the horizon is the horizon. Left out, the whole horizon is measured.
/// </summary>
internal static class MeasureBinder
{
    public const string Key = "measure";

    private const int MinutesPerDay = 24 * 60;

    private static readonly string[] Keys = ["from", "to"];

    /// <summary>The window the scenario declares, or null when it declares none (or an invalid one, which is reported).</summary>
    public static MeasureWindow? Bind(NodeReader top, int? days, int tickMinutes)
    {
        if (top.Mapping(Key, Keys) is not { } measure || days is null)
            return null;
        var horizon = days.Value * (long)MinutesPerDay;
        var from = measure.Value("from", Formats.Duration) ?? 0;
        // Like an event after the end, a window's end past the horizon is the horizon: --days may shorten a run.
        var to = Math.Min(measure.Value("to", Formats.PositiveDuration) ?? horizon, horizon);
        var ok = OnTick(measure, "from", from, tickMinutes) & OnTick(measure, "to", to, tickMinutes);
        if (from >= to)
        {
            var at = measure.Optional("from") ?? measure.Optional("to")!;
            measure.Report(at, "from", $"the window must end after it starts and before the end of the run (from {YamlDays(from)} to {YamlDays(to)}, {days} days)");
            return null;
        }
        return ok ? new MeasureWindow(from, to) : null;
    }

    private static bool OnTick(NodeReader measure, string key, long minutes, int tickMinutes)
    {
        if (minutes % tickMinutes == 0)
            return true;
        measure.Report(measure.Optional(key)!, key, $"{minutes} minutes is not a whole number of {tickMinutes}-minute ticks");
        return false;
    }

    private static string YamlDays(long minutes) => FormattableString.Invariant($"day {minutes / (double)MinutesPerDay:0.###}");
}
