namespace CrowdSim.Testing;

/// <summary>Fresh folders for a test's output, under the system temp folder's crowdsim-tests/.</summary>
public static class TempFolders
{
    private static int s_counter;

    /// <summary>The parent of every folder <see cref="New"/> names.</summary>
    public static string Root => Path.Combine(Path.GetTempPath(), "crowdsim-tests");

    /// <summary>A fresh, not yet existing folder, named after <paramref name="label"/>, the process and a counter.</summary>
    public static string New(string label) =>
        Path.Combine(Root, $"{label}-{Environment.ProcessId}-{Interlocked.Increment(ref s_counter)}");
}
