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

    [Fact]
    public void Experiment_InTheReference_IsReadWithItsSweep()
    {
        var folder = WithReference();

        var plan = ScenarioLoader.LoadExperiment(folder.Path(ReferenceFile), []).Plan;

        Assert.Equal(20, plan.Replications);
        Assert.Equal(9, plan.VariantCount);
    }

    [Fact]
    public void FileExamples_NextToTheReference_AreValidScenarios()
    {
        var folder = WithReference();
        var files = FileBlock().Matches(File.ReadAllText(ReferencePath)).Select(m => m.Groups["file"].Value).ToArray();
        foreach (Match block in FileBlock().Matches(File.ReadAllText(ReferencePath)))
            folder.With(block.Groups["file"].Value, block.Groups["yaml"].Value);

        Assert.NotEmpty(files);
        foreach (var file in files)
            ScenarioLoader.LoadExperiment(folder.Path(file), []);
        var nightShift = ScenarioLoader.LoadFile(folder.Path("night-shift.yaml"));
        Assert.Equal(["ke-crowd", "ke-bpo", "ke-night"], nightShift.WorkerPools.Select(p => p.Id));
        Assert.Equal(0.5, nightShift.Events.OfType<WageChange>().First().Factor);
    }

    [Fact]
    public void SetExamples_EachAppliedToTheReference_GiveValidScenarios()
    {
        var folder = WithReference();
        string[] overrides =
        [
            .. ShellBlock().Matches(File.ReadAllText(ReferencePath))
                .SelectMany(block => SetOptionText().Matches(block.Groups["sh"].Value))
                .Select(m => m.Groups[1].Value.Trim('\'')),
        ];

        Assert.True(overrides.Length >= 8, $"found only {overrides.Length} --set examples");
        foreach (var set in overrides)
            ScenarioLoader.LoadFile(folder.Path(ReferenceFile), [set]);
    }

    private const string ReferenceFile = "reference.yaml";

    /// <summary>A folder holding the reference scenario as <c>reference.yaml</c>, which the file examples extend.</summary>
    private static ScenarioFolder WithReference() => new ScenarioFolder().With(ReferenceFile, Examples());

    private static string Examples() =>
        string.Concat(YamlBlock().Matches(File.ReadAllText(ReferencePath)).Select(m => m.Groups["yaml"].Value));

    [GeneratedRegex(@"^```yaml\n(?<yaml>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex YamlBlock();

    [GeneratedRegex(@"^```yaml file=(?<file>\S+)\n(?<yaml>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FileBlock();

    [GeneratedRegex(@"^```sh\n(?<sh>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"--set ('[^']*'|\S+)")]
    private static partial Regex SetOptionText();
}
