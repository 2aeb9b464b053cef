using CrowdSim.Scenarios.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Composition;

/// <summary>
/// Applies <c>--set PATH=VALUE</c> overrides to a composed scenario tree, in order, before it is
/// bound, so that the result is validated like a file. VALUE is YAML: a scalar (<c>0.8</c>,
/// <c>25%</c>, <c>day 5</c>) or a flow collection (<c>[a, b]</c>, <c>{medianUsd: 1}</c>). A key the
/// scenario does not have is added, and binding says whether it is one the scenario may have.
/// Problems are reported in the "file" <c>--set</c>, on line N for the N-th override, at the
/// column of the offending character of its <c>PATH=VALUE</c> text.
/// </summary>
internal static class Overrides
{
    public const string Source = "--set";

    /// <summary>Where a horizon given with <c>--days</c> is reported: the option, without a position.</summary>
    public const string DaysSource = "--days";

    /// <summary>Applies <paramref name="overrides"/> in order; the first is on line <paramref name="firstLine"/> of <c>--set</c>.</summary>
    public static YamlMappingNode Apply(YamlMappingNode root, IReadOnlyList<string> overrides, ErrorLog errors, int firstLine = 1)
    {
        var log = errors.ForFile(Source);
        for (var i = 0; i < overrides.Count; i++)
            root = ApplyOne(root, overrides[i], line: firstLine + i, log) ?? root;
        return root;
    }

    /// <summary>
    /// Sets <c>days</c> to the horizon <c>--days</c> gives, so that everything that depends on the
    /// horizon (ticks, workers recruited, tasks demanded, events) is checked against it; a problem
    /// with it is reported in <c>--days</c>.
    /// </summary>
    public static YamlMappingNode ApplyDays(YamlMappingNode root, int days, ErrorLog errors)
    {
        var at = NodeSource.Option(DaysSource);
        var value = new YamlScalarNode(days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        errors.Sources.Place(value, at);
        var path = NodePath.Parse("days", _ => at, errors)!;
        return new TreeEditor(path, _ => at, createMissing: true, errors).Set(root, value) ?? root;
    }

    private static YamlMappingNode? ApplyOne(YamlMappingNode root, string text, int line, ErrorLog log)
    {
        NodeSource At(int offset) => new(Source, new Mark(offset, line, offset + 1));

        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            log.Add(At(0), $"expected PATH=VALUE, like days=7 or workers.ke-crowd.count=200, got `{text}`");
            return null;
        }
        if (NodePath.Parse(text[..equals], At, log) is not { } path)
            return null;
        if (path.Segments[0].Key == ScenarioComposer.ExtendsKey)
        {
            log.Add(At(0), $"`{ScenarioComposer.ExtendsKey}` cannot be set from the command line; write a scenario file that extends the one you want");
            return null;
        }

        // Padded so that the value's nodes, and any YAML error in it, carry their line and column in the option.
        var padded = new string('\n', line - 1) + new string(' ', equals + 1) + text[(equals + 1)..];
        var parsing = log.Detached();
        var value = YamlDocumentLoader.LoadValue(padded, parsing, At(equals + 1).At);
        // The parser places a problem at the end of the text on the line after it: say the end of the option instead.
        foreach (var error in parsing.Errors)
            log.Add(At(error.Line == line ? error.Column - 1 : text.Length), error.Text);
        return value is null ? null : new TreeEditor(path, At, createMissing: true, log).Set(root, value);
    }
}
