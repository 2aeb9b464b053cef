namespace CrowdSim.Scenarios.Composition;

/// <summary>
/// A path with every symbolic link along it resolved, as <c>realpath(3)</c> does, so that a path
/// can be checked to lie inside a folder: <c>..</c> is taken after the link before it is
/// followed, as the operating system does, not by editing the text. Parts that do not exist are
/// kept as written.
/// </summary>
internal static class RealPaths
{
    /// <summary>Most links followed before giving up on a loop of them (as Linux does).</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    public static string Of(string path)
    {
        var absolute = Path.IsPathFullyQualified(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        var current = Path.GetPathRoot(absolute)!;
        var pending = new Stack<string>();
        Push(pending, absolute[current.Length..]);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
                continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            if (LinkTarget(next) is not { } target || ++links > MaxLinks)
            {
                current = next;
                continue;
            }
            // The link's target takes its place: from the root when absolute, else from the link's folder.
            if (Path.IsPathRooted(target))
                current = Path.GetPathRoot(target)!;
            Push(pending, Path.IsPathRooted(target) ? target[current.Length..] : target);
        }
        return current;
    }

    private static void Push(Stack<string> pending, string relative)
    {
        foreach (var part in relative.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse())
            pending.Push(part);
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Not a link that can be followed (a name the system refuses, say): opening it will say what is wrong.
            return null;
        }
    }
}
