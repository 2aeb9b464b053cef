namespace CrowdSim.Runs.Output;

/// <summary>
/// A results folder written atomically. The target is claimed first (<see cref="Claim"/>: a lock
/// beside it, then the checks that it can take results), so a second run on it is refused before
/// anything is written. Files go into a staging folder, a hidden one beside the target
/// (<c>.NAME.partial-PID</c>, with its own lock) or a checkpoint folder's <c>outputs/</c>, which is
/// renamed into place only when everything, the report included, is written. A failed or cancelled
/// run leaves nothing that looks complete.
/// </summary>
public sealed class ResultsFolder : IDisposable
{
    private readonly FolderLock _claim;
    private readonly FolderLock? _stagingLock;
    private bool _committed;

    private ResultsFolder(string finalPath, string stagingPath, FolderLock claim, FolderLock? stagingLock)
    {
        FinalPath = finalPath;
        StagingPath = stagingPath;
        _claim = claim;
        _stagingLock = stagingLock;
    }

    /// <summary>Where the results end up.</summary>
    public string FinalPath { get; }

    /// <summary>Where they are written meanwhile.</summary>
    public string StagingPath { get; }

    /// <summary>
    /// Claims <paramref name="finalPath"/> and prepares a staging folder beside it. The target must
    /// not exist yet (or be empty); staging folders left beside it by runs that are gone are removed.
    /// </summary>
    /// <exception cref="OutputFolderException">The target is in use, not empty, or not a folder (the user's input).</exception>
    /// <exception cref="OutputWriteException">It cannot be written (the machine's).</exception>
    public static ResultsFolder Create(string finalPath)
    {
        var claim = Claim(finalPath);
        var staging = StagingFolders.PathFor(FullPath(finalPath));
        try
        {
            Directory.CreateDirectory(staging);
            return new ResultsFolder(FullPath(finalPath), staging, claim, FolderLock.Hold(StagingFolders.LockOf(staging)));
        }
        catch (Exception e)
        {
            if (Directory.Exists(staging))
                Directory.Delete(staging, recursive: true);
            claim.Dispose();
            if (e is IOException or UnauthorizedAccessException)
                throw OutputWriteException.From(finalPath, e);
            throw;
        }
    }

    /// <summary>
    /// A results folder staged in a checkpoint folder (<paramref name="stagingPath"/>), which is
    /// kept when the run fails so that it can be resumed; <paramref name="claim"/> is the target's
    /// (<see cref="Claim"/>), and is let go with this.
    /// </summary>
    public static ResultsFolder Durable(string finalPath, FolderLock claim, string stagingPath)
    {
        Directory.CreateDirectory(stagingPath);
        return new ResultsFolder(FullPath(finalPath), Path.GetFullPath(stagingPath), claim, stagingLock: null);
    }

    /// <summary>
    /// Claims <paramref name="finalPath"/> for this process and checks that results can go there (it
    /// is an empty folder or nothing yet, below folders); removes staging folders beside it left by
    /// runs that are gone.
    /// </summary>
    public static FolderLock Claim(string finalPath)
    {
        var full = CheckPath(finalPath);
        FolderLock claim;
        try
        {
            claim = FolderLock.Claim(finalPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputWriteException.From(finalPath, e);
        }
        try
        {
            EnsureFree(finalPath);
            StagingFolders.RemoveStale(full);
            return claim;
        }
        catch
        {
            claim.Dispose();
            throw;
        }
    }

    /// <summary>The staging path of a file in the folder.</summary>
    public string File(string name) => Path.Combine(StagingPath, name);

    /// <summary>Moves the finished folder into place.</summary>
    public void Commit()
    {
        // The staging lock is let go first, so that the lock file does not end up among the results.
        _stagingLock?.Dispose();
        if (Directory.Exists(FinalPath))
            Directory.Delete(FinalPath);
        Directory.CreateDirectory(Path.GetDirectoryName(FinalPath)!);
        Directory.Move(StagingPath, FinalPath);
        _committed = true;
    }

    /// <summary>Removes the staging folder unless it was committed or is a checkpoint folder's, and lets the claims go.</summary>
    public void Dispose()
    {
        try
        {
            if (!_committed && _stagingLock is not null && Directory.Exists(StagingPath))
                Directory.Delete(StagingPath, recursive: true);
        }
        finally
        {
            _stagingLock?.Dispose();
            _claim.Dispose();
        }
    }

    // Results can go there: nothing yet, or an empty folder.
    private static void EnsureFree(string finalPath)
    {
        var full = CheckPath(finalPath);
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            throw new OutputFolderException($"{finalPath}: already exists and is not empty; choose another --out");
    }

    private static string FullPath(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    // The target is a folder or nothing yet, and so is every folder above it.
    private static string CheckPath(string finalPath)
    {
        var full = FullPath(finalPath);
        if (System.IO.File.Exists(full))
            throw new OutputFolderException($"{finalPath}: is a file; expected a folder for results");
        for (var above = Path.GetDirectoryName(full); above is not null; above = Path.GetDirectoryName(above))
        {
            if (System.IO.File.Exists(above))
                throw new OutputFolderException($"{finalPath}: {above} is a file, not a folder");
            if (Directory.Exists(above))
                break;
        }
        return full;
    }
}
