namespace CrowdSim.Scenarios.Tests;

/// <summary>
/// Scenario files written to a fresh folder of their own, for tests of <c>extends:</c>. Each
/// instance has its own folder under the system temp folder; <see cref="Path"/> gives a file's path.
/// </summary>
internal sealed class ScenarioFolder
{
    private static int s_counter;

    public ScenarioFolder()
    {
        Root = System.IO.Path.Combine(
            System.IO.Path.GetTempPath(),
            "crowdsim-scenario-tests",
            $"{Environment.ProcessId}-{Interlocked.Increment(ref s_counter)}");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in the folder.</summary>
    public ScenarioFolder With(string name, string text)
    {
        var path = Path(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>The folder with <see cref="MinimalScenario.Yaml"/> as <c>base.yaml</c>, and <paramref name="child"/> as <c>child.yaml</c>.</summary>
    public static ScenarioFolder BaseAndChild(string child, string? baseYaml = null) =>
        new ScenarioFolder().With("base.yaml", baseYaml ?? MinimalScenario.Yaml).With("child.yaml", child);

    public string Path(string name) => System.IO.Path.Combine(Root, name);

    /// <summary><paramref name="text"/> with <c>{dir}</c> replaced by the folder.</summary>
    public string Expand(string text) => text.Replace("{dir}", Root, StringComparison.Ordinal);
}
