using System.Text.RegularExpressions;

namespace CrowdSim.Runs.Output;

/// <summary>
/// The hidden staging folders that results are written into beside their target,
/// <c>.NAME.partial-PID</c>, each holding its own lock (<see cref="LockFile"/>) from its creation
/// until it is committed. A run killed part-way leaves its staging folder behind; the next run
/// beside it removes it once its lock shows that its owner is gone.
/// </summary>
public static partial class StagingFolders
{
    /// <summary>The lock file inside a staging folder.</summary>
    public const string LockFile = ".staging.lock";

    /// <summary>The staging folder of this process for the target <paramref name="fullPath"/>.</summary>
    public static string PathFor(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.partial-{Environment.ProcessId}");

    /// <summary>The lock file of <paramref name="stagingFolder"/>.</summary>
    public static string LockOf(string stagingFolder) => Path.Combine(stagingFolder, LockFile);

    /// <summary>
    /// Removes the staging folders beside <paramref name="claimedTarget"/> whose owners are gone:
    /// every one of that target (the caller has claimed it, so no live run is writing one), and any
    /// other whose lock can be taken. One that cannot be examined or removed is left alone.
    /// </summary>
    public static void RemoveStale(string claimedTarget)
    {
        var parent = Path.GetDirectoryName(claimedTarget)!;
        if (!Directory.Exists(parent))
            return;
        foreach (var folder in Directory.EnumerateDirectories(parent, ".*.partial-*"))
        {
            var match = Name().Match(Path.GetFileName(folder));
            if (!match.Success)
                continue;
            try
            {
                if (match.Groups["target"].Value == Path.GetFileName(claimedTarget))
                {
                    Directory.Delete(folder, recursive: true);
                    continue;
                }
                using var owner = FolderLock.TakeOver(LockOf(folder));
                if (owner is not null)
                    Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Someone else's to clear up: it stays.
            }
        }
    }

    [GeneratedRegex(@"^\.(?<target>.+)\.partial-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
