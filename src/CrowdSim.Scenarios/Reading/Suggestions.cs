namespace CrowdSim.Scenarios.Reading;

/// <summary>Finds the valid name a misspelled one was probably meant to be.</summary>
internal static class Suggestions
{
    private const int MaxListed = 12;

    /// <summary>
    /// "; did you mean `x`?" when one of <paramref name="options"/> is close to <paramref name="given"/>,
    /// otherwise "; expected one of: a, b, c" (empty when there are no options).
    /// </summary>
    public static string DidYouMean(string given, IReadOnlyList<string> options)
    {
        var closest = Closest(given, options);
        if (closest is not null)
            return $"; did you mean `{closest}`?";
        if (options.Count == 0)
            return "";
        var listed = string.Join(", ", options.Take(MaxListed));
        return options.Count > MaxListed ? $"; expected one of: {listed}, ..." : $"; expected one of: {listed}";
    }

    /// <summary>The option nearest to <paramref name="given"/> by edit distance, if near enough to be a likely typo.</summary>
    public static string? Closest(string given, IReadOnlyList<string> options)
    {
        var maxDistance = Math.Max(1, given.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var option in options)
        {
            var isPrefix = given.Length >= 3 && option.StartsWith(given, StringComparison.OrdinalIgnoreCase);
            // The distance is at least the difference in length; skip computing it when that alone rules the option out.
            if (!isPrefix && Math.Abs(option.Length - given.Length) > maxDistance)
                continue;
            var distance = Distance(given.ToUpperInvariant(), option.ToUpperInvariant());
            if ((isPrefix || distance <= maxDistance) && distance < bestDistance)
            {
                best = option;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Edit distance counting insertions, deletions, substitutions and swaps of neighbours (optimal string alignment).</summary>
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
