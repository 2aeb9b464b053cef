namespace CrowdSim.Runs.Output;

/// <summary>
/// A results folder written atomically: files go into a hidden staging folder beside the target,
/// which is renamed into place only when everything is written. A failed or cancelled run leaves
/// nothing that looks complete.
/// </summary>
public sealed class ResultsFolder : IDisposable
{
    private bool _committed;

    private ResultsFolder(string finalPath, string stagingPath)
    {
        FinalPath = finalPath;
        StagingPath = stagingPath;
    }

    /// <summary>Where the results end up.</summary>
    public string FinalPath { get; }

    /// <summary>Where they are written meanwhile.</summary>
    public string StagingPath { get; }

    /// <summary>Prepares a staging folder for <paramref name="finalPath"/>, which must not exist yet (or be empty).</summary>
    public static ResultsFolder Create(string finalPath)
    {
        var full = Path.GetFullPath(finalPath);
        if (System.IO.File.Exists(full))
            throw new OutputFolderException($"{finalPath}: is a file; expected a folder for results");
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            throw new OutputFolderException($"{finalPath}: already exists and is not empty; choose another --out");
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.partial-{Environment.ProcessId}");
        if (Directory.Exists(staging))
            Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        return new ResultsFolder(full, staging);
    }

    /// <summary>The staging path of a file in the folder.</summary>
    public string File(string name) => Path.Combine(StagingPath, name);

    /// <summary>Moves the finished folder into place.</summary>
    public void Commit()
    {
        if (Directory.Exists(FinalPath))
            Directory.Delete(FinalPath);
        Directory.Move(StagingPath, FinalPath);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(StagingPath))
            Directory.Delete(StagingPath, recursive: true);
    }
}
