namespace CrowdSim.Testing;

/// <summary>The repository's root folder (the one holding global.json and scenarios/), found from the test's output folder.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    /// <summary>A path below the repository root, from '/'-separated segments.</summary>
    public static string File(string relative) =>
        System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>The folder of the bundled scenarios, scenarios/.</summary>
    public static string ScenariosFolder => File("scenarios");

    /// <summary>A bundled scenario's file, by file name (with .yaml).</summary>
    public static string Scenario(string fileName) => System.IO.Path.Combine(ScenariosFolder, fileName);

    /// <summary>Every bundled scenario's file, in ordinal order of their paths.</summary>
    public static IEnumerable<string> BundledScenarios() =>
        Directory.GetFiles(ScenariosFolder, "*.yaml").Order(StringComparer.Ordinal);

    /// <summary>Every bundled scenario's file name (with .yaml), in ordinal order.</summary>
    public static IEnumerable<string> BundledScenarioNames() => BundledScenarios().Select(f => System.IO.Path.GetFileName(f));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "global.json"))
                && Directory.Exists(System.IO.Path.Combine(dir.FullName, "scenarios")))
                return dir.FullName;
        }
        throw new InvalidOperationException("global.json not found above " + AppContext.BaseDirectory);
    }
}
