namespace CrowdSim.Reporting.Reading;

/// <summary>One scenario event as a report shows it: its type, when it happens and its other fields in words.</summary>
/// <param name="Type">The event type, e.g. <c>wage_change</c>.</param>
/// <param name="AtMinute">Minutes from the start of the run.</param>
/// <param name="Details">The event's other fields, <c>name value</c>, comma separated.</param>
internal sealed record ScenarioEventInfo(string Type, double AtMinute, string Details)
{
    public double AtHours => AtMinute / 60;

    /// <summary>"day 1 06:00", as scenario files write times.</summary>
    public string When
    {
        get
        {
            var minutes = (long)Math.Round(AtMinute);
            return $"day {(minutes / 1440) + 1} {minutes % 1440 / 60:D2}:{minutes % 60:D2}";
        }
    }
}
