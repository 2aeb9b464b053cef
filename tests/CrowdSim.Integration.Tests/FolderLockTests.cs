using CrowdSim.Runs.Output;

namespace CrowdSim.Integration.Tests;

/// <summary>
/// <see cref="FolderLock"/>: a claim on a folder held by the operating system for this process, which
/// a second claimant, in this process or another, is refused at once, with the holder's process id.
/// </summary>
public class FolderLockTests
{
    [Fact]
    public void A_claimed_folder_is_refused_to_a_second_claim_naming_the_holder()
    {
        var folder = TempFolders.New("lock-held");
        using var first = FolderLock.Claim(folder);

        var second = Assert.Throws<OutputFolderException>(() => FolderLock.Claim(folder));

        Assert.Equal($"{folder}: in use by another crowdsim run (pid {Environment.ProcessId}); wait for it to end, or choose another folder", second.Message);
        Assert.True(File.Exists(FolderLock.ClaimFile(folder)));
    }

    [Fact]
    public void A_claim_let_go_can_be_taken_again_and_leaves_no_lock_file()
    {
        var folder = TempFolders.New("lock-released");
        FolderLock.Claim(folder).Dispose();
        using (FolderLock.Claim(folder))
            Assert.Equal(Path.Combine(Path.GetDirectoryName(folder)!, "." + Path.GetFileName(folder) + ".lock"), FolderLock.ClaimFile(folder));

        Assert.False(File.Exists(FolderLock.ClaimFile(folder)));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_lock_file_left_by_a_killed_run_does_not_stop_the_next()
    {
        var folder = TempFolders.New("lock-stale");
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        // What a run killed with SIGKILL leaves: the file, with nobody holding its lock.
        File.WriteAllText(FolderLock.ClaimFile(folder), "999999 1\n");

        using var claim = FolderLock.Claim(folder);

        Assert.StartsWith($"{Environment.ProcessId} ", ReadShared(claim.Path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_staging_lock_is_taken_over_only_when_its_holder_is_gone()
    {
        var folder = TempFolders.New("lock-staging");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, StagingFolders.LockFile);

        using (var held = FolderLock.Hold(path))
            Assert.Null(FolderLock.TakeOver(path));
        Assert.Null(FolderLock.TakeOver(path)); // let go by its holder, and deleted: nothing to take over
        File.WriteAllText(path, "");
        using var taken = FolderLock.TakeOver(path);
        Assert.NotNull(taken);
    }

    [Fact]
    public async Task Another_crowdsim_process_is_refused_a_folder_this_process_has_claimed()
    {
        var folder = TempFolders.New("lock-other-process");
        using var claim = FolderLock.Claim(folder);

        var outcome = await CliProcess.RunAsync(RepoRoot.Path, "run", TestScenarios.Tiny, "--out", folder, "--quiet");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"crowdsim: {folder}: in use by another crowdsim run (pid {Environment.ProcessId}); wait for it to end, or choose another folder\n", outcome.Stderr);
        Assert.False(Directory.Exists(folder));
    }

    private static string ReadShared(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(file);
        return reader.ReadToEnd();
    }
}
