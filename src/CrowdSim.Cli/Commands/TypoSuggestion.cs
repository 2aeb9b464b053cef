namespace CrowdSim.Cli.Commands;

/// <summary>The option or command a mistyped word was probably meant to be.</summary>
internal static class TypoSuggestion
{
    /// <summary>
    /// The name in <paramref name="names"/> nearest to <paramref name="given"/> by edit distance,
    /// when near enough to be a slip (at most one edit in three characters, and at most 3); the
    /// first in order on a tie; null when none is near.
    /// </summary>
    public static string? Closest(string given, IEnumerable<string> names)
    {
        var limit = Math.Clamp(given.TrimStart('-').Length / 3, 1, 3);
        string? best = null;
        var bestDistance = limit + 1;
        foreach (var name in names)
        {
            var distance = Distance(given, name);
            if (distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Insertions, deletions, substitutions and swaps of neighbours (optimal string alignment).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
