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
            var distance = EditDistance.Between(given.ToUpperInvariant(), option.ToUpperInvariant());
            if ((isPrefix || distance <= maxDistance) && distance < bestDistance)
            {
                best = option;
                bestDistance = distance;
            }
        }
        return best;
    }
}
