using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Binds <c>events:</c>: reads each event's time and type, checks the times are inside the run and
/// in order, and hands the rest to the binder for that type.
/// </summary>
internal static class EventBinder
{
    private static readonly string[] CommonKeys = ["at", "type"];

    private static readonly Dictionary<string, string[]> KeysByType = new(StringComparer.Ordinal)
    {
        [WageChangeBinder.TypeName] = [.. CommonKeys, .. WageChangeBinder.Keys],
        [TaskSurgeBinder.TypeName] = [.. CommonKeys, .. TaskSurgeBinder.Keys],
        [AutomationShockBinder.TypeName] = [.. CommonKeys, .. AutomationShockBinder.Keys],
        [PolicyBinder.TypeName] = [.. CommonKeys, .. PolicyBinder.Keys],
        [MarketExitBinder.TypeName] = [.. CommonKeys, .. MarketExitBinder.Keys],
        [RecruitmentDriveBinder.TypeName] = [.. CommonKeys, .. RecruitmentDriveBinder.Keys],
    };

    private static readonly string[] TypeNames = [.. KeysByType.Keys];

    /// <summary>Binds the events in file order; <paramref name="runMinutes"/> is the horizon, when known.</summary>
    public static IReadOnlyList<ScenarioEvent> Bind(IReadOnlyList<YamlMappingNode> nodes, BindContext context, long? runMinutes)
    {
        var events = new List<ScenarioEvent>();
        long? latest = null;
        foreach (var node in nodes)
        {
            var item = new NodeReader(node, context.Errors, KeysFor(node));
            var type = item.RequiredChoice("type", TypeNames);
            var at = item.RequiredValue("at", Formats.EventTime);
            if (at is { } minute && CheckTime(item, minute, runMinutes, latest))
                latest = minute;

            ScenarioEvent? bound = type switch
            {
                WageChangeBinder.TypeName => WageChangeBinder.Bind(item, context, at ?? 0),
                TaskSurgeBinder.TypeName => TaskSurgeBinder.Bind(item, context, at ?? 0),
                AutomationShockBinder.TypeName => AutomationShockBinder.Bind(item, context, at ?? 0),
                PolicyBinder.TypeName => PolicyBinder.Bind(item, context, at ?? 0),
                MarketExitBinder.TypeName => MarketExitBinder.Bind(item, context, at ?? 0),
                RecruitmentDriveBinder.TypeName => RecruitmentDriveBinder.Bind(item, context, at ?? 0),
                _ => null,
            };
            if (bound is not null)
                events.Add(bound);
        }
        return [.. events];
    }

    /// <summary>The keys an event may have, which depend on its type; all event keys when the type is unknown.</summary>
    private static string[] KeysFor(YamlMappingNode node)
    {
        var type = node.Children.TryGetValue(new YamlScalarNode("type"), out var value) ? (value as YamlScalarNode)?.Value : null;
        return type is not null && KeysByType.TryGetValue(type, out var keys)
            ? keys
            : [.. KeysByType.Values.SelectMany(k => k).Distinct()];
    }

    /// <summary>True when the time is usable as the latest so far (inside the run and not before the previous event).</summary>
    private static bool CheckTime(NodeReader item, long minute, long? runMinutes, long? latest)
    {
        var at = item.Optional("at")!;
        if (minute >= runMinutes)
        {
            var days = runMinutes.Value / (24 * 60);
            item.Report(at, "at", $"{EventTimes.Describe(minute)} is outside the run of {days} days (the last minute is {EventTimes.Describe(runMinutes.Value - 1)})");
            return false;
        }
        if (minute < latest)
        {
            item.Report(at, "at", $"events must be in time order; this one at {EventTimes.Describe(minute)} comes after one at {EventTimes.Describe(latest.Value)}");
            return false;
        }
        return true;
    }
}
