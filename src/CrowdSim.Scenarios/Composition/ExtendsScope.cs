namespace CrowdSim.Scenarios.Composition;

/// <summary>
/// The folder whose files a scenario may extend: the folder of the scenario file given to the
/// loader, or the one named by <c>--scenario-root</c>, and everything below it. Paths are
/// compared once every symbolic link is resolved, so a link cannot lead out of it.
/// </summary>
internal sealed class ExtendsScope(string folder)
{
    private static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string _real = WithSeparator(RealPaths.Of(folder));

    /// <summary>The folder as a user would recognise it, for messages.</summary>
    public string Shown { get; } = Path.GetFullPath(folder);

    /// <summary>Whether <paramref name="realPath"/> (from <see cref="RealPaths.Of"/>) is inside the folder.</summary>
    public bool Contains(string realPath) => realPath.StartsWith(_real, Comparison);

    private static string WithSeparator(string path) =>
        Path.EndsInDirectorySeparator(path) ? path : path + Path.DirectorySeparatorChar;
}
