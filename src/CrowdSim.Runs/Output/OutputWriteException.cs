namespace CrowdSim.Runs.Output;

/// <summary>
/// A results or checkpoint folder could not be written: the disk is full, the folder is not
/// writable, the file system is read-only. Not the user's input but the machine's (exit code 1);
/// the message is one line naming the folder and the reason.
/// </summary>
public sealed class OutputWriteException(string message, Exception inner) : Exception(message, inner)
{
    /// <summary>The exception for <paramref name="e"/>, met while writing <paramref name="folder"/>.</summary>
    public static OutputWriteException From(string folder, Exception e) => new($"{folder}: cannot be written: {Reason(e)}", e);

    /// <summary>Why a file could not be written, in a few words: the operating system's reason where it is a common one, else .NET's message.</summary>
    public static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        IOException { HResult: 28 or unchecked((int)0x80070070) or unchecked((int)0x80070027) } => "no space left on device", // ENOSPC; ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL
        IOException { HResult: 122 or 69 } => "disk quota exceeded", // EDQUOT on Linux, macOS
        IOException { HResult: 30 } => "read-only file system", // EROFS
        _ => e.Message,
    };
}
