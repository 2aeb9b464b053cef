namespace CrowdSim.Testing;

/// <summary>The repository's root folder (the one holding global.json), found from the test's output folder.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    /// <summary>A path below the repository root, from '/'-separated segments.</summary>
    public static string File(string relative) =>
        System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

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
