using CrowdSim.Scenarios.Reading;

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
            var distance = EditDistance.Between(given, name);
            if (distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }
        return best;
    }
}
