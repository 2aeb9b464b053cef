using System.Runtime.InteropServices;

namespace CrowdSim.Scenarios.Reading;

/// <summary>
/// Tells what a path names, following symbolic links, without opening it: opening a named pipe
/// blocks until something writes to it, and a device such as <c>/dev/zero</c> never ends, so a
/// scenario file is checked to be a regular file before it is opened. .NET's file APIs do not
/// say whether a file is a pipe or a device (<see cref="FileSystemInfo.Attributes"/> calls them
/// all Normal), so on Unix this asks <c>stat(2)</c> through the runtime's own native shim,
/// <c>SystemNative_Stat</c>, whose result begins with the mode in the runtime's own constants.
/// Where that is not available (Windows), a path that exists and is not a folder counts as a
/// file; reading is bounded anyway (<see cref="ScenarioFile"/>).
/// </summary>
internal static class FileTypes
{
    // The runtime's FileStatus: int32 Flags, int32 Mode, then more. Its file type constants (pal_io.h).
    private const int StatusBytes = 256, ModeOffset = 4;
    private const int TypeMask = 0xF000, Fifo = 0x1000, CharacterDevice = 0x2000, Directory = 0x4000, BlockDevice = 0x6000, Regular = 0x8000, Socket = 0xC000;

    /// <summary>What <paramref name="path"/> names, links followed.</summary>
    public static FileType Of(string path)
    {
        // No file has a NUL in its name; stat(2) would read the name only up to it.
        if (path.Contains('\0', StringComparison.Ordinal))
            return FileType.Missing;
        if (!OperatingSystem.IsWindows() && Mode(path) is { } mode)
        {
            return (mode & TypeMask) switch
            {
                Regular => FileType.Regular,
                Directory => FileType.Directory,
                Fifo => FileType.Fifo,
                CharacterDevice => FileType.CharacterDevice,
                BlockDevice => FileType.BlockDevice,
                Socket => FileType.Socket,
                _ => FileType.Missing,
            };
        }
        if (System.IO.Directory.Exists(path))
            return FileType.Directory;
        return File.Exists(path) ? FileType.Regular : FileType.Missing;
    }

    /// <summary>How a user would name a file type in "not a regular file (…)".</summary>
    public static string Describe(FileType type) => type switch
    {
        FileType.Directory => "a folder",
        FileType.Fifo => "a named pipe",
        FileType.CharacterDevice => "a character device",
        FileType.BlockDevice => "a block device",
        FileType.Socket => "a socket",
        FileType.Missing => "nothing",
        _ => "a regular file",
    };

    /// <summary>The mode <c>stat(2)</c> gives, or null when it fails (missing, no permission) or cannot be asked.</summary>
    private static int? Mode(string path)
    {
        try
        {
            var status = new byte[StatusBytes];
            byte[] name = [.. System.Text.Encoding.UTF8.GetBytes(path), 0];
            return Stat(name, status) == 0 ? BitConverter.ToInt32(status, ModeOffset) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] nulTerminatedUtf8Path, [Out] byte[] status);
}
