using System.Globalization;
using System.Text;

namespace CrowdSim.Runs.Output;

/// <summary>
/// A lock the operating system holds for this process and drops when the process ends, however it
/// ends (a kill included): a lock file kept open with a <see cref="FileShare"/> mode, which .NET
/// turns into an advisory <c>flock</c> on Linux and macOS and a share mode on Windows. Two kinds:
/// <list type="bullet">
/// <item>a claim on a folder (<see cref="Claim"/>): <c>.NAME.lock</c> beside the folder, naming the
/// process that holds it, so that a second run on the same folder is refused at once and told whose
/// it is;</item>
/// <item>a staging folder's own lock (<see cref="Hold"/>, <see cref="TakeOver"/>), held from the
/// folder's creation until it is committed, so that a later run can tell a folder whose owner is
/// gone from one still being written.</item>
/// </list>
/// A lock file is deleted when its lock is let go.
/// </summary>
public sealed class FolderLock : IDisposable
{
    private const int Attempts = 5;

    // Held by one handle alone. On Linux and macOS, FileShare.None is what makes .NET take an exclusive
    // flock (any other share mode takes a shared one); on Windows, Delete lets the holder delete the file.
    private static readonly FileShare Exclusive = OperatingSystem.IsWindows() ? FileShare.Delete : FileShare.None;

    private static long s_claims;

    private readonly FileStream _file;
    private bool _released;

    private FolderLock(FileStream file, string path)
    {
        _file = file;
        Path = path;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>The lock file of a claim on <paramref name="folder"/>: <c>.NAME.lock</c> beside it.</summary>
    public static string ClaimFile(string folder)
    {
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(folder));
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, $".{System.IO.Path.GetFileName(full)}.lock");
    }

    /// <summary>
    /// Claims <paramref name="folder"/> (which need not exist yet; its parent is created) for this
    /// run, or refuses at once, naming the process that holds it.
    /// </summary>
    /// <exception cref="OutputFolderException">Another run holds it.</exception>
    public static FolderLock Claim(string folder)
    {
        var path = ClaimFile(folder);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return TryClaim(path, out var holder)
            ?? throw new OutputFolderException($"{folder}: in use by another crowdsim run{(holder is { } pid ? $" (pid {pid})" : "")}; wait for it to end, or choose another folder");
    }

    /// <summary>
    /// The claim protocol. The lock is first taken exclusively, for a moment, to write who holds it;
    /// then shared, for as long as the run lasts, so that others can read who holds it while none can
    /// take it. Between the two steps another claimant could take it: each reads the file back once
    /// it holds the shared lock, and only the one whose token is there has the claim (the file only
    /// changes under the exclusive lock, so every holder of a shared lock reads the same token).
    /// </summary>
    internal static FolderLock? TryClaim(string path, out int? holder)
    {
        var token = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {Interlocked.Increment(ref s_claims)}\n");
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            try
            {
                using var exclusive = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                exclusive.SetLength(0);
                exclusive.Write(Encoding.ASCII.GetBytes(token));
            }
            catch (IOException e) when (IsHeld(e))
            {
                holder = Holder(path);
                return null;
            }

            FileStream shared;
            try
            {
                shared = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            }
            catch (FileNotFoundException)
            {
                // Its last holder deleted it as it let go, after this claim had opened it: start again.
                continue;
            }
            catch (IOException e) when (IsHeld(e))
            {
                holder = Holder(path);
                return null;
            }
            var found = Read(shared);
            if (found == token)
            {
                holder = null;
                return new FolderLock(shared, path);
            }
            shared.Dispose();
            holder = Pid(found);
            return null;
        }
        holder = null;
        return null;
    }

    /// <summary>Creates <paramref name="path"/> and holds it exclusively: a staging folder's lock.</summary>
    public static FolderLock Hold(string path) => new(new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, Exclusive), path);

    /// <summary>
    /// Takes the staging lock <paramref name="path"/> if its holder is gone; null if it is held, or
    /// does not exist (it may be about to: the folder is new; or it has just been let go: the folder
    /// is being committed).
    /// </summary>
    public static FolderLock? TakeOver(string path)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, Exclusive);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        // Opened just before its holder deleted it and let go: the lock is on a file no longer there.
        if (!File.Exists(path))
        {
            file.Dispose();
            return null;
        }
        return new FolderLock(file, path);
    }

    /// <summary>Whether <paramref name="e"/> says the file is locked by someone else.</summary>
    public static bool IsHeld(IOException e) =>
        e.GetType() == typeof(IOException)
        && e.HResult is 11 or 35 // EWOULDBLOCK on Linux, macOS
            or unchecked((int)0x80070020) or unchecked((int)0x80070021); // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION

    /// <summary>Deletes the lock file and lets the lock go.</summary>
    public void Dispose()
    {
        if (_released)
            return;
        _released = true;
        try
        {
            // Deleted while still held, so that whoever opens it next opens a new file.
            File.Delete(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Its folder is already gone (deleted with it), or the file cannot be deleted while open (Windows): harmless.
        }
        finally
        {
            _file.Dispose();
        }
    }

    private static int? Holder(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return Pid(Read(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Read(FileStream file)
    {
        var bytes = new byte[64];
        var length = file.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        return Encoding.ASCII.GetString(bytes, 0, length);
    }

    private static int? Pid(string token) =>
        int.TryParse(token.AsSpan(0, Math.Max(0, token.IndexOf(' ', StringComparison.Ordinal))), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
}
