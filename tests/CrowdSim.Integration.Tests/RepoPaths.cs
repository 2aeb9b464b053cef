namespace CrowdSim.Integration.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenario(string name) => Path.Combine(Root, "scenarios", name);

    public static string TestScenario(string name) => Path.Combine(AppContext.BaseDirectory, "Scenarios", name);

    public static IEnumerable<string> BundledScenarios() =>
        Directory.GetFiles(Path.Combine(Root, "scenarios"), "*.yaml").Order(StringComparer.Ordinal);

    /// <summary>A fresh, not yet existing folder under the system temp folder.</summary>
    public static string NewTempFolder(string label) =>
        Path.Combine(Path.GetTempPath(), "crowdsim-tests", $"{label}-{Environment.ProcessId}-{Interlocked.Increment(ref s_counter)}");

    private static int s_counter;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "global.json")))
                return dir.FullName;
        }
        throw new InvalidOperationException("global.json not found above " + AppContext.BaseDirectory);
    }
}
