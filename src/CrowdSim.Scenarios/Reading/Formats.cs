using CrowdSim.Model.Scenario;

namespace CrowdSim.Scenarios.Reading;

/// <summary>The kinds of scalar value scenario keys take, beyond plain numbers and strings.</summary>
internal static class Formats
{
    public static readonly ScalarFormat<ulong> Seed = new(
        "a non-negative integer",
        text => ulong.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seed) ? seed : null);

    public static readonly ScalarFormat<int> TickMinutes = new(
        $"one of {string.Join(", ", ModelDefaults.AllowedTickMinutes)} (a tick must divide an hour)",
        text => Numbers.Integer(text) is { } tick && ModelDefaults.AllowedTickMinutes.Contains((int)tick) ? (int)tick : null);

    public static readonly ScalarFormat<double> Share = new(
        "a share between 0 and 1 (like 0.2 or 20%)",
        Numbers.Share);

    /// <summary>A duration of zero or more, in minutes.</summary>
    public static readonly ScalarFormat<long> Duration = new(
        "a duration like 15m, 36h, 14d or 2h30m",
        Durations.Minutes);

    /// <summary>A duration greater than zero, in minutes.</summary>
    public static readonly ScalarFormat<long> PositiveDuration = new(
        "a duration greater than zero like 15m, 36h, 14d or 2h30m",
        text => Durations.Minutes(text) is > 0 and var minutes ? minutes : null);

    /// <summary>A number of hours (2, 1.5) or a duration (2h, 90m), in hours; greater than zero.</summary>
    public static readonly ScalarFormat<double> PositiveHours = new(
        "a number of hours > 0 or a duration like 90m or 2h",
        text => (Numbers.Real(text) ?? Durations.Minutes(text) / 60.0) is > 0 and var hours ? hours : null);

    public static readonly ScalarFormat<int> UtcOffset = new(
        "a UTC offset like \"+03:00\", \"-05:00\" or \"+05:30\", or a number of hours, between -14 and +14 hours",
        ClockTimes.UtcOffsetMinutes);

    public static readonly ScalarFormat<(int Start, int End)> SleepWindow = new(
        "a local time window like 23:00-07:00 (start and end different)",
        ClockTimes.Window);

    /// <summary>A working shift in local time, read like a sleep window; or <c>always</c> (round the clock, every day), read as (-1, -1).</summary>
    public static readonly ScalarFormat<(int Start, int End)> Shift = new(
        "a local time window like 08:00-17:00 (start and end different), or always",
        text => text == AlwaysOnDuty ? (-1, -1) : ClockTimes.Window(text));

    /// <summary>The shift of workers on duty round the clock, every day.</summary>
    public const string AlwaysOnDuty = "always";

    /// <summary><c>true</c> or <c>false</c> (YAML 1.2 spellings only: not yes/no or on/off, which read too easily as strings).</summary>
    public static readonly ScalarFormat<bool> Boolean = new(
        "true or false",
        text => text switch
        {
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            _ => (bool?)null,
        });

    /// <summary>Minutes after the start of the run.</summary>
    public static readonly ScalarFormat<long> EventTime = new(
        "a time like `day 10`, `day 10 06:00` or a duration from the start like 36h or 9d12h",
        EventTimes.Minute);
}
