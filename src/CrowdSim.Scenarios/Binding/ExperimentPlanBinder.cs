using CrowdSim.Scenarios.Composition;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// Binds the top-level <c>replications</c> and <c>sweep</c>: how many runs per variant, and the
/// axes of the grid of variants. Each axis's path must name a key the scenario has; its values are
/// tried on the scenario later, by <see cref="SweepValidator"/>.
/// </summary>
internal static class ExperimentPlanBinder
{
    public const int MaxReplications = 10_000;
    public const int MaxValues = 1000;

    public static readonly string[] Keys = ["replications", "sweep"];

    private static readonly string[] SweepKeys = ["path", "values"];

    /// <summary>The plan, and the sweep values still to try; <paramref name="root"/> is the scenario the paths must fit.</summary>
    public static (ExperimentPlan Plan, IReadOnlyList<SweepTrial> Trials) Bind(NodeReader top, YamlMappingNode root)
    {
        var replications = (int)(top.Integer("replications", Limits.Between(1, MaxReplications)) ?? 1);
        var axes = new List<SweepAxis>();
        var trials = new List<SweepTrial>();
        var firstOfPath = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var node in top.Mappings("sweep", required: false))
        {
            var entry = new NodeReader(node, top.Errors, SweepKeys);
            var path = Path(entry, root, firstOfPath);
            var values = Values(entry);
            if (path is not null && values.Count > 0)
            {
                axes.Add(new SweepAxis(path.Value.Path.Text, [.. values.Select(v => v.Text)]));
                trials.AddRange(values.Select(v => new SweepTrial(path.Value.Path, path.Value.At, v.Node, v.Text)));
            }
        }
        return (new ExperimentPlan(replications, [.. axes]) { ReplicationsGiven = top.Optional("replications") is not null }, trials);
    }

    private static (NodePath Path, Func<int, NodeSource> At)? Path(NodeReader entry, YamlMappingNode root, Dictionary<string, YamlNode> firstOfPath)
    {
        var errors = entry.Errors;
        var node = entry.Required("path");
        if (node is null)
            return null;
        if (node is not YamlScalarNode { Value: { Length: > 0 } text } scalar)
        {
            entry.Report(node, "path", $"expected a path such as `days` or `workers.ke-crowd.count`, got {NodeReader.Describe(node)}");
            return null;
        }

        var start = errors.Locate(node);
        var quote = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        NodeSource At(int offset) => start with { At = new Mark(start.At.Index + quote + offset, start.At.Line, start.At.Column + quote + offset) };
        if (NodePath.Parse(text, At, errors) is not { } path)
            return null;
        // Tried with a placeholder value: only whether the path fits the scenario matters here.
        if (new TreeEditor(path, At, createMissing: false, errors).Set(root, node) is null)
            return null;
        if (firstOfPath.TryGetValue(text, out var first))
        {
            entry.Report(node, "path", $"`{text}` is already swept (on {errors.Locate(first).LineIn(start.File)}); give all its values in one entry");
            return null;
        }
        firstOfPath[text] = node;
        return (path, At);
    }

    private static List<(YamlNode Node, string Text)> Values(NodeReader entry)
    {
        var items = entry.List("values", required: true);
        if (items.Count > MaxValues)
        {
            entry.Report(entry.Optional("values")!, "values", FormattableString.Invariant($"{items.Count:N0} values, more than the {MaxValues:N0} allowed"));
            return [];
        }
        var values = new List<(YamlNode Node, string Text)>();
        foreach (var item in items)
        {
            if (entry.Errors.Sources.TextOf(item) is { } text)
                values.Add((item, text));
            else
                entry.Report(item, "values", "write each value on one line: a number, a word, or a flow list or mapping like [a, b] or {medianUsd: 1}");
        }
        return values.Count == items.Count ? values : [];
    }
}
