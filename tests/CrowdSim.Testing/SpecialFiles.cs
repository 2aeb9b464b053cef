using System.Diagnostics;

namespace CrowdSim.Testing;

/// <summary>Files that are not regular files, for tests of what reads input: named pipes and links to devices (Unix).</summary>
public static class SpecialFiles
{
    /// <summary>A named pipe (FIFO) at <paramref name="path"/>, made with <c>mkfifo</c>; opening it for reading would wait for a writer.</summary>
    public static string Fifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
            throw new InvalidOperationException($"mkfifo {path} failed with exit code {mkfifo.ExitCode}");
        return path;
    }

    /// <summary>A symbolic link at <paramref name="path"/> to <paramref name="target"/> (such as <c>/dev/zero</c>).</summary>
    public static string Link(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }
}
