namespace CrowdSim.Reporting.Tests;

/// <summary>Fixture files next to the tests, and fresh temporary folders.</summary>
internal static class TestPaths
{
    private static int s_counter;

    public static string Scenario(string name) => Path.Combine(AppContext.BaseDirectory, "Scenarios", name);

    /// <summary>A fresh, not yet existing folder under the system temp folder.</summary>
    public static string NewTempFolder(string label) =>
        Path.Combine(Path.GetTempPath(), "crowdsim-report-tests", $"{label}-{Environment.ProcessId}-{Interlocked.Increment(ref s_counter)}");
}
