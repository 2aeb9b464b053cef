namespace CrowdSim.Testing;

/// <summary>
/// Scenario files made for the tests, copied next to each test's assembly under Scenarios/:
/// <c>tiny.yaml</c> from this project, and whatever the test project adds beside it.
/// </summary>
public static class TestScenarios
{
    /// <summary>The folder the test scenarios are copied to.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Scenarios");

    /// <summary>
    /// The tiny test world (tests/CrowdSim.Testing/Scenarios/tiny.yaml): two days of 15-minute ticks,
    /// 150 workers, one event of each kind, short expiry so that tasks expire.
    /// </summary>
    public static string Tiny => File("tiny.yaml");

    /// <summary>A test scenario's file, by file name.</summary>
    public static string File(string fileName) => Path.Combine(Folder, fileName);
}
