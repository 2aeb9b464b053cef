using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Reports parameters given to something that does not take them, e.g. <c>hours</c> on a pay-floor
/// policy: such a value would be silently ignored, which is almost always a mistake.
/// </summary>
internal static class UnusedParameters
{
    /// <summary>Reports each key of <paramref name="parameters"/> that is given but not in <paramref name="used"/>; <paramref name="owner"/> names what was configured.</summary>
    public static void Reject(NodeReader reader, IReadOnlyList<string> parameters, IReadOnlyList<string> used, string owner)
    {
        var takes = used.Count == 0 ? "takes no parameters" : $"takes only {string.Join(", ", used.Select(k => $"`{k}`"))}";
        foreach (var key in parameters.Except(used))
        {
            if (reader.Optional(key) is { } node)
                reader.Report(node, key, $"{owner} {takes}");
        }
    }
}
