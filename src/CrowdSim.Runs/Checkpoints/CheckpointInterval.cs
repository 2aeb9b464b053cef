using System.Globalization;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Runs.Checkpoints;

/// <summary>How often a run writes a checkpoint: <c>1d</c>, <c>12h</c> or <c>90m</c> of simulated time, a whole number of ticks.</summary>
public static class CheckpointInterval
{
    /// <summary>The interval in simulated minutes; null with a reason when <paramref name="text"/> is not one.</summary>
    public static int? Minutes(string text, out string? error)
    {
        error = null;
        var unit = text.Length > 0 ? char.ToLowerInvariant(text[^1]) : ' ';
        var perUnit = unit switch { 'd' => 1440, 'h' => 60, 'm' => 1, _ => 0 };
        if (perUnit == 0 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            error = $"'{text}' is not an interval; expected a whole number of days, hours or minutes such as 1d, 12h or 90m";
            return null;
        }
        return checked(count * perUnit);
    }

    /// <summary>The interval in ticks of <paramref name="spec"/>; null with a reason when it is not a whole number of ticks.</summary>
    public static int? Ticks(int minutes, ScenarioSpec spec, out string? error)
    {
        error = null;
        if (minutes % spec.TickMinutes != 0)
        {
            error = $"a checkpoint interval of {minutes} minutes is not a whole number of {spec.TickMinutes}-minute ticks";
            return null;
        }
        return minutes / spec.TickMinutes;
    }
}
