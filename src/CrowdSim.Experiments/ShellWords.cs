namespace CrowdSim.Experiments;

/// <summary>Quoting for the commands written into manifests, so they can be pasted into a POSIX shell.</summary>
public static class ShellWords
{
    /// <summary>The text as one shell word: unchanged when safe, else in single quotes.</summary>
    public static string Quote(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || "-_.,=:/%+@".Contains(c))
            ? text
            : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary><c> --set WORD</c> for each override.</summary>
    public static string Sets(IEnumerable<string> overrides) => string.Concat(overrides.Select(o => $" --set {Quote(o)}"));
}
