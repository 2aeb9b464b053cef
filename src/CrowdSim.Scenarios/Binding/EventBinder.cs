using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Binds <c>events:</c>: reads each event's time and type, checks the times are in order, notes an
/// event after the end of the run (which will not happen), and hands the rest to the binder for
/// that type. Each file must list its own events in time order; a scenario composed of several
/// files (<c>extends:</c>) has its events sorted by time, those of equal time keeping their order
/// in the merged list (the parent's first).
/// </summary>
internal static class EventBinder
{
    private static readonly string[] CommonKeys = ["id", "at", "type"];

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

    /// <summary>Binds the events, sorted by time; <paramref name="runMinutes"/> is the horizon, when known.</summary>
    public static IReadOnlyList<ScenarioEvent> Bind(IReadOnlyList<YamlMappingNode> nodes, BindContext context, long? runMinutes)
    {
        var events = new List<ScenarioEvent>();
        var timed = new List<(NodeReader Item, long Minute)>();
        var ids = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var item = new NodeReader(node, context.Errors, KeysFor(node));
            CheckId(item, ids);
            var type = item.RequiredChoice("type", TypeNames);
            var at = item.RequiredValue("at", Formats.EventTime);
            if (at is { } minute)
            {
                timed.Add((item, minute));
                NoteIfAfterTheEnd(item, type, minute, runMinutes);
            }

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
        CheckOrderInEachFile(timed, context.Errors);
        // OrderBy is stable: events at the same time keep their order.
        return [.. events.OrderBy(e => e.AtMinute)];
    }

    /// <summary>The keys an event may have, which depend on its type; all event keys when the type is unknown.</summary>
    private static string[] KeysFor(YamlMappingNode node)
    {
        var type = node.Children.TryGetValue(new YamlScalarNode("type"), out var value) ? (value as YamlScalarNode)?.Value : null;
        return type is not null && KeysByType.TryGetValue(type, out var keys)
            ? keys
            : [.. KeysByType.Values.SelectMany(k => k).Distinct()];
    }

    /// <summary>An event's optional <c>id</c>, by which a scenario extending this one can replace or remove it; ids must differ.</summary>
    private static void CheckId(NodeReader item, Dictionary<string, YamlNode> ids)
    {
        if (item.Optional("id") is not { } node)
            return;
        if (node is not YamlScalarNode { Value: { Length: > 0 } id })
        {
            item.Report(node, "id", $"expected a non-empty string, got {NodeReader.Describe(node)}");
            return;
        }
        Ids.Check(item, node, id);
        if (ids.TryGetValue(id, out var first))
            item.Report(node, "id", $"duplicate event id `{id}` (first defined on {item.Errors.Locate(first).LineIn(item.Errors.Locate(node).File)})");
        else
            ids[id] = node;
    }

    /// <summary>
    /// An event at or after the end of the run is allowed (a shorter horizon, from <c>--days</c>,
    /// <c>--set days=</c> or a sweep, must not make a scenario invalid) but does not happen: say so.
    /// </summary>
    private static void NoteIfAfterTheEnd(NodeReader item, string? type, long minute, long? runMinutes)
    {
        if (runMinutes is not { } run || minute < run)
            return;
        var id = item.Optional("id") is YamlScalarNode { Value: { Length: > 0 } text } ? $" `{text}`" : "";
        var kind = type is null ? "" : $" ({type})";
        item.Errors.Note(item.Optional("at")!, $"event{id}{kind} at {EventTimes.Describe(minute)} falls after the {run / (24 * 60)}-day horizon and will not happen");
    }

    /// <summary>Reports an event written before an earlier one of the same file: order within a file is the author's, and is checked.</summary>
    private static void CheckOrderInEachFile(IReadOnlyList<(NodeReader Item, long Minute)> timed, ErrorLog errors)
    {
        var byFile = timed
            .Select(t => (t.Item, t.Minute, At: errors.Locate(t.Item.Optional("at")!)))
            .GroupBy(t => t.At.File, StringComparer.Ordinal);
        foreach (var file in byFile)
        {
            long? latest = null;
            foreach (var (item, minute, _) in file.OrderBy(t => t.At.At.Line).ThenBy(t => t.At.At.Column))
            {
                if (minute < latest)
                    item.Report(item.Optional("at")!, "at", $"events must be in time order; this one at {EventTimes.Describe(minute)} comes after one at {EventTimes.Describe(latest.Value)}");
                else
                    latest = minute;
            }
        }
    }
}
