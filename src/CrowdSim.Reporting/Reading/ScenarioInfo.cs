using System.Text.Json;
using CrowdSim.Model.Metrics;
using CrowdSim.Results;

namespace CrowdSim.Reporting.Reading;

/// <summary>What a report needs of the resolved scenario (scenario.json): regions and events.</summary>
internal sealed record ScenarioInfo(IReadOnlyList<RegionInfo> Regions, IReadOnlyList<ScenarioEventInfo> Events)
{
    // Fields that say what an event is rather than what it does.
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal) { "type", "typeName", "atMinute" };

    /// <summary>Reads scenario.json; without it, the regions come from the summary and there are no events to mark.</summary>
    public static ScenarioInfo Load(string folder, RunSummary summary)
    {
        var path = Path.Combine(folder, RunFiles.Scenario);
        if (!File.Exists(path))
            return new ScenarioInfo(summary.ByRegion.Keys.Select(r => new RegionInfo(r, null)).ToArray(), []);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            var regions = Array(root, "regions")
                .Select(r => new RegionInfo(Text(r, "id") ?? "?", r.TryGetProperty("minimumWageUsdPerHour", out var w) && w.ValueKind == JsonValueKind.Number ? w.GetDouble() : null))
                .ToArray();
            var events = Array(root, "events")
                .Select(e => new ScenarioEventInfo(
                    Text(e, "type") ?? Text(e, "typeName") ?? "event",
                    e.TryGetProperty("atMinute", out var at) && at.ValueKind == JsonValueKind.Number ? at.GetDouble() : 0,
                    Details(e)))
                .OrderBy(e => e.AtMinute)
                .ToArray();
            return new ScenarioInfo(regions, events);
        }
        catch (JsonException e)
        {
            throw new ReportInputException($"{path} is not valid JSON: {e.Message}", e);
        }
    }

    private static JsonElement[] Array(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Details(JsonElement e) => string.Join(", ", e.EnumerateObject()
        .Where(p => !Bookkeeping.Contains(p.Name) && p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
        .Select(p => $"{p.Name} {Scalar(p.Value)}"));

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => Invariant.Format(value.GetDouble(), "G6"),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        _ => value.GetString() ?? "",
    };
}
