using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Scenarios.Tests;

/// <summary>Compares scenarios by value: their records hold lists, which records compare by reference.</summary>
internal static class SpecJson
{
    /// <summary>Only what a scenario is made of: values computed from it (<c>Ticks</c>, <c>WorkerCount</c>, <c>TypeName</c>) are left out.</summary>
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                type =>
                {
                    foreach (var computed in type.Properties.Where(p => p.Set is null).ToList())
                        type.Properties.Remove(computed);
                },
            },
        },
    };

    public static string Of(ScenarioSpec spec) => JsonSerializer.Serialize(spec, Options);

    /// <summary>The lines of the two scenarios' JSON that differ, as "- old" / "+ new" pairs in order.</summary>
    public static IReadOnlyList<string> Differences(ScenarioSpec expected, ScenarioSpec actual)
    {
        var before = Of(expected).Split('\n');
        var after = Of(actual).Split('\n');
        Assert.Equal(before.Length, after.Length);
        return [.. before.Zip(after).Where(p => p.First != p.Second).SelectMany(p => new[] { "- " + p.First.Trim(), "+ " + p.Second.Trim() })];
    }
}
