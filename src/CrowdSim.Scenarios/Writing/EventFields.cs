using CrowdSim.Model.Scenario;
using static CrowdSim.Scenarios.Writing.YamlScalars;

namespace CrowdSim.Scenarios.Writing;

/// <summary>The keys and values of one item of <c>events:</c>, as <see cref="ScenarioWriter"/> writes them.</summary>
internal static class EventFields
{
    /// <summary><c>at</c> and <c>type</c>, then the keys of the event's type; a null value is left out.</summary>
    public static IEnumerable<(string Key, string? Value)> Of(ScenarioEvent scenarioEvent) =>
    [
        ("at", EventTime(scenarioEvent.AtMinute)),
        ("type", scenarioEvent.TypeName),
        .. scenarioEvent switch
        {
            WageChange e => WageChange(e),
            TaskSurge e => TaskSurge(e),
            AutomationShock e => AutomationShock(e),
            PolicyChange e => Policy(e),
            MarketExit e => [("vendor", Text(e.Vendor)), ("region", Text(e.Region))],
            RecruitmentDrive e => [("pool", Text(e.Pool)), ("recruits", Integer(e.Recruits))],
            _ => throw new ArgumentException($"unknown event type {scenarioEvent.GetType().Name}", nameof(scenarioEvent)),
        },
    ];

    private static (string, string?)[] WageChange(WageChange e) =>
    [
        ("vendor", Optional(e.Vendor)),
        ("platform", Optional(e.Platform)),
        ("region", Optional(e.Region)),
        ("taskType", Optional(e.TaskType)),
        ("factor", Optional(e.Factor)),
        ("rateUsd", Optional(e.RateUsd)),
    ];

    private static (string, string?)[] TaskSurge(TaskSurge e) =>
    [
        ("lab", Text(e.Lab)),
        ("taskType", Text(e.TaskType)),
        ("multiplier", Number(e.Multiplier)),
        ("for", Duration(e.DurationMinutes)),
        ("batch", Integer(e.BatchTasks)),
    ];

    private static (string, string?)[] AutomationShock(AutomationShock e) =>
    [
        ("lab", Text(e.Lab)),
        ("taskType", Text(e.TaskType)),
        ("share", Number(e.Share)),
        ("ramp", Duration(e.RampMinutes)),
    ];

    private static (string, string?)[] Policy(PolicyChange e) =>
    [
        ("policy", Kebab(e.Policy)),
        ("platform", Optional(e.Platform)),
        ("region", Optional(e.Region)),
        ("enabled", Boolean(e.Enabled)),
        ("usdPerHour", Optional(e.UsdPerHour)),
        ("hours", Optional(e.Hours)),
        ("share", Optional(e.Share)),
    ];

    private static string? Optional(string? id) => id is null ? null : Text(id);

    private static string? Optional(double? value) => value is { } v ? Number(v) : null;
}
