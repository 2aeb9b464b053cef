using CrowdSim.Model.Scenario;
using CrowdSim.Runs.Checkpoints;
using CrowdSim.Runs.Output;

namespace CrowdSim.Runs;

/// <summary>
/// The folders one run writes, claimed before anything runs (and before any silo starts): the
/// results folder, locked and checked free, and with checkpoints the checkpoint folder, locked and
/// either new and empty or, for a resume, checked resumable. Another run on either is refused at
/// once. Disposing lets the claims go; a new checkpoint folder with no checkpoint in it goes too.
/// </summary>
public sealed class RunFolders : IDisposable
{
    private readonly FolderLock? _checkpointClaim;
    private bool _committed;

    private RunFolders(ScenarioSpec spec, RunRequest request, ResultsFolder results, CheckpointStore? store, FolderLock? checkpointClaim, CheckpointInfo? from)
    {
        Spec = spec;
        Request = request;
        Results = results;
        Store = store;
        _checkpointClaim = checkpointClaim;
        From = from;
    }

    public ScenarioSpec Spec { get; }

    public RunRequest Request { get; }

    /// <summary>The checkpoint a resumed run starts from; null for a new run.</summary>
    public CheckpointInfo? From { get; }

    /// <summary>The checkpoint folder, if the run writes checkpoints.</summary>
    public string? CheckpointFolder => Store?.Folder;

    internal ResultsFolder Results { get; }

    internal CheckpointStore? Store { get; }

    /// <summary>Claims the folders of a new run of <paramref name="spec"/>.</summary>
    /// <exception cref="OutputFolderException">A folder is in use, not empty, or not a folder.</exception>
    public static RunFolders ForRun(ScenarioSpec spec, RunRequest request)
    {
        if (request.CheckpointEveryTicks <= 0)
            return new RunFolders(spec, request, ResultsFolder.Create(request.OutputPath), null, null, null);
        var target = ResultsFolder.Claim(request.OutputPath);
        FolderLock? checkpoints = null;
        try
        {
            checkpoints = ClaimCheckpoints(request.CheckpointFolder ?? CheckpointStore.DefaultFolder(request.OutputPath));
            var store = CheckpointStore.Create(spec, request);
            return new RunFolders(spec, request, ResultsFolder.Durable(request.OutputPath, target, store.OutputsPath), store, checkpoints, null);
        }
        catch
        {
            checkpoints?.Dispose();
            target.Dispose();
            throw;
        }
    }

    /// <summary>Claims the checkpoint folder <paramref name="checkpointFolder"/> and the results folder its run ends in, to resume it.</summary>
    /// <exception cref="CheckpointException">It is not a checkpoint folder one can resume from.</exception>
    /// <exception cref="OutputFolderException">A folder is in use, or the results folder is no longer free.</exception>
    public static RunFolders ForResume(string checkpointFolder)
    {
        var store = CheckpointStore.Open(checkpointFolder);
        var checkpoints = ClaimCheckpoints(store.Folder);
        try
        {
            var from = store.Resumable();
            var target = ResultsFolder.Claim(store.Request.OutputPath);
            try
            {
                return new RunFolders(store.Spec, store.Request, ResultsFolder.Durable(store.Request.OutputPath, target, store.OutputsPath), store, checkpoints, from);
            }
            catch
            {
                target.Dispose();
                throw;
            }
        }
        catch
        {
            checkpoints.Dispose();
            throw;
        }
    }

    /// <summary>Moves the finished results into place, and only then removes the checkpoint folder.</summary>
    internal void Commit()
    {
        Results.Commit();
        _committed = true;
        try
        {
            Store?.Delete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The results are complete and in place; a checkpoint folder left over says so when resumed.
        }
    }

    /// <summary>Removes a new run's checkpoint folder if it holds no checkpoint (a run stopped before its first has nothing to resume).</summary>
    internal void DiscardIfNothingToResume()
    {
        if (_committed || Store is null || From is not null || !Directory.Exists(Store.Folder))
            return;
        try
        {
            if (Store.Latest() is not null)
                return;
        }
        catch (CheckpointException)
        {
            return;
        }
        Store.Delete();
    }

    public void Dispose()
    {
        try
        {
            DiscardIfNothingToResume();
        }
        finally
        {
            Results.Dispose();
            _checkpointClaim?.Dispose();
        }
    }

    private static FolderLock ClaimCheckpoints(string folder)
    {
        try
        {
            return FolderLock.Claim(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputWriteException.From(folder, e);
        }
    }
}
