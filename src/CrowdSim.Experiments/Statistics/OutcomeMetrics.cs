using System.Text.Json;
using CrowdSim.Model.Metrics;
using CrowdSim.Results;

namespace CrowdSim.Experiments.Statistics;

/// <summary>
/// A run's outcomes as named numbers: every numeric value of summary.json, named by its path
/// (e.g. <c>byRegion.kenya.effectiveHourlyWageMedian</c>), except the run's settings (seed,
/// horizon, tick). Ordered by name, so tables and files come out the same every time.
/// </summary>
public static class OutcomeMetrics
{
    private static readonly HashSet<string> Settings = new(StringComparer.Ordinal) { "seed", "days", "ticks", "tickMinutes" };

    public static SortedDictionary<string, double> Of(RunSummary summary)
    {
        using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(summary, ResultJson.Options));
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        Collect(document.RootElement, "", metrics);
        return metrics;
    }

    private static void Collect(JsonElement element, string path, SortedDictionary<string, double> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (path.Length == 0 && Settings.Contains(property.Name))
                        continue;
                    Collect(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", into);
                }
                break;
            case JsonValueKind.Number:
                into[path] = element.GetDouble();
                break;
        }
    }
}
