namespace CrowdSim.Results;

/// <summary>
/// Turns a name that came from a scenario file (a scenario's name, an experiment cell's label) into
/// one safe folder name, so that a file shared by someone else never picks where results go:
/// ASCII letters, digits and <c>- _ = .</c> are kept, anything else (a separator, a space, a
/// quote) becomes <c>-</c>, and leading dots become <c>-</c>, so the result is never
/// <c>.</c>, <c>..</c> or a hidden folder.
/// </summary>
public static class FolderNames
{
    /// <summary>The name used for an empty one.</summary>
    public const string Unnamed = "unnamed";

    private const int MaxLength = 100;

    /// <summary>One path segment made from <paramref name="name"/>, at most 100 characters.</summary>
    public static string Safe(string name)
    {
        var chars = name.Take(MaxLength).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '=' or '.' ? c : '-').ToArray();
        for (var i = 0; i < chars.Length && chars[i] == '.'; i++)
            chars[i] = '-';
        return chars.Length == 0 ? Unnamed : new string(chars);
    }
}
