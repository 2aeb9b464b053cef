namespace CrowdSim.Runs.Output;

/// <summary>
/// A results folder written atomically: files go into a hidden staging folder beside the target,
/// which is renamed into place only when everything is written. A failed or cancelled run leaves
/// nothing that looks complete.
/// </summary>
public sealed class ResultsFolder : IDisposable
{
    private readonly bool _durable;
    private bool _committed;

    private ResultsFolder(string finalPath, string stagingPath, bool durable = false)
    {
        FinalPath = finalPath;
        StagingPath = stagingPath;
        _durable = durable;
    }

    /// <summary>Where the results end up.</summary>
    public string FinalPath { get; }

    /// <summary>Where they are written meanwhile.</summary>
    public string StagingPath { get; }

    /// <summary>Prepares a staging folder for <paramref name="finalPath"/>, which must not exist yet (or be empty).</summary>
    public static ResultsFolder Create(string finalPath)
    {
        var full = EnsureFree(finalPath);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.partial-{Environment.ProcessId}");
        if (Directory.Exists(staging))
            Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        return new ResultsFolder(full, staging);
    }

    /// <summary>
    /// A results folder staged in a checkpoint folder (<paramref name="stagingPath"/>), which is
    /// kept when the run fails so that it can be resumed.
    /// </summary>
    public static ResultsFolder Durable(string finalPath, string stagingPath)
    {
        var full = EnsureFree(finalPath);
        Directory.CreateDirectory(stagingPath);
        return new ResultsFolder(full, Path.GetFullPath(stagingPath), durable: true);
    }

    /// <summary>The full path of <paramref name="finalPath"/>, after checking that results can go there.</summary>
    public static string EnsureFree(string finalPath)
    {
        var full = Path.GetFullPath(finalPath);
        if (System.IO.File.Exists(full))
            throw new OutputFolderException($"{finalPath}: is a file; expected a folder for results");
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            throw new OutputFolderException($"{finalPath}: already exists and is not empty; choose another --out");
        return full;
    }

    /// <summary>The staging path of a file in the folder.</summary>
    public string File(string name) => Path.Combine(StagingPath, name);

    /// <summary>Moves the finished folder into place.</summary>
    public void Commit()
    {
        if (Directory.Exists(FinalPath))
            Directory.Delete(FinalPath);
        Directory.CreateDirectory(Path.GetDirectoryName(FinalPath)!);
        Directory.Move(StagingPath, FinalPath);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && !_durable && Directory.Exists(StagingPath))
            Directory.Delete(StagingPath, recursive: true);
    }
}
