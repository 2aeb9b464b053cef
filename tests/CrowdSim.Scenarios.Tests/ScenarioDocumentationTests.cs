using System.Reflection;
using System.Text.RegularExpressions;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Scenarios.Tests;

/// <summary>The examples in docs/SCENARIOS.md, read in order, are one valid scenario; this keeps them true.</summary>
public sealed partial class ScenarioDocumentationTests
{
    private const string ReferencePath = "Docs/SCENARIOS.md";

    [Fact]
    public void YamlExamples_ReadInOrder_AreOneValidScenario()
    {
        var spec = ScenarioLoader.LoadText(Examples(), ReferencePath);

        Assert.Equal("reference", spec.Name);
        Assert.Equal(
            ["wage_change", "task_surge", "automation_shock", "policy", "market_exit", "recruitment_drive"],
            spec.Events.Select(e => e.TypeName).Distinct());
        Assert.Equal(Enum.GetValues<PolicyKind>(), spec.Events.OfType<PolicyChange>().Select(p => p.Policy).Distinct().Order());
    }

    [Fact]
    public void Reference_Always_DocumentsEveryKeyTheLoaderAccepts()
    {
        var text = File.ReadAllText(ReferencePath);

        // Every binder lists its keys in static string arrays named ...Keys.
        var keys = typeof(ScenarioLoader).Assembly.GetTypes()
            .Where(t => t.Namespace == "CrowdSim.Scenarios.Binding")
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(string[]) && f.Name.EndsWith("Keys", StringComparison.Ordinal))
            .SelectMany(f => (string[])f.GetValue(null)!)
            .Distinct()
            .ToArray();

        Assert.True(keys.Length > 80, $"found only {keys.Length} keys; has the binders' naming changed?");
        string[] missing = [.. keys.Where(key => !text.Contains($"`{key}`", StringComparison.Ordinal))];
        Assert.True(missing.Length == 0, $"not documented: {string.Join(", ", missing)}");
    }

    private static string Examples() =>
        string.Concat(YamlBlock().Matches(File.ReadAllText(ReferencePath)).Select(m => m.Groups["yaml"].Value));

    [GeneratedRegex(@"^```yaml\n(?<yaml>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex YamlBlock();
}
