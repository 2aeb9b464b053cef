using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Reading;

/// <summary>
/// Reads the keys of one YAML mapping. Keys not in the declared list are reported at once,
/// with the closest valid key; every getter reports what it expected, at the value's own
/// position, and returns null so the caller can keep going and find further problems.
/// </summary>
internal sealed class NodeReader
{
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);

    public NodeReader(YamlMappingNode node, ErrorLog errors, IReadOnlyList<string> keys)
    {
        Node = node;
        Errors = errors;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
                errors.Add(key, $"expected a plain key such as `{keys[0]}:`, got {Describe(key)}");
            else if (!keys.Contains(name))
                errors.Add(key, $"unknown key `{name}`{Suggestions.DidYouMean(name, keys)}");
            else
                _values[name] = value;
        }
    }

    public ErrorLog Errors { get; }

    /// <summary>The mapping read: the place for errors about it as a whole.</summary>
    public YamlMappingNode Node { get; }

    /// <summary>True for an empty value or <c>~</c> / <c>null</c>, which count as leaving the key out.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>How a node reads in an error message: its text, or "a list" / "a mapping".</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "" } => "an empty value",
        YamlScalarNode scalar => scalar.Value!.Length > 40 ? scalar.Value[..40] + "..." : scalar.Value,
        YamlSequenceNode => "a list",
        _ => "a mapping",
    };

    /// <summary>The value given for <paramref name="key"/>, or null when it is left out.</summary>
    public YamlNode? Optional(string key) =>
        _values.TryGetValue(key, out var value) && !IsNull(value) ? value : null;

    /// <summary>
    /// The value given for <paramref name="key"/>; reports it missing when it is left out, with
    /// <paramref name="why"/> in brackets when the key is required only in some cases.
    /// </summary>
    public YamlNode? Required(string key, string? why = null)
    {
        var value = Optional(key);
        if (value is not null)
            return value;
        var because = why is null ? "" : $" ({why})";
        if (_values.TryGetValue(key, out var empty))
            Report(empty, key, $"missing value{because}");
        else
            Errors.Add(Node, $"missing required key `{key}`{because}");
        return null;
    }

    public string? RequiredString(string key) => Text(Required(key), key, "a non-empty string");

    public double? Number(string key, Limits limits) => Number(Optional(key), key, limits);

    public double? RequiredNumber(string key, Limits limits) => Number(Required(key), key, limits);

    public long? Integer(string key, Limits limits) => Integer(Optional(key), key, limits);

    public long? RequiredInteger(string key, Limits limits) => Integer(Required(key), key, limits);

    public T? Value<T>(string key, ScalarFormat<T> format) where T : struct => Value(Optional(key), key, format);

    public T? RequiredValue<T>(string key, ScalarFormat<T> format) where T : struct => Value(Required(key), key, format);

    /// <summary>One of a fixed set of words, with a suggestion for a misspelling.</summary>
    public string? RequiredChoice(string key, IReadOnlyList<string> options) => Choice(Required(key), key, options);

    /// <summary>One of a fixed set of words, or null when left out.</summary>
    public string? Choice(string key, IReadOnlyList<string> options) => Choice(Optional(key), key, options);

    private string? Choice(YamlNode? node, string key, IReadOnlyList<string> options)
    {
        var text = Text(node, key, $"one of {string.Join(", ", options)}");
        if (node is null || text is null || options.Contains(text))
            return text;
        Errors.Add(node, $"`{key}`: expected one of {string.Join(", ", options)}, got {text}{DidYouMeanOnly(text, options)}");
        return null;
    }

    /// <summary>A nested mapping such as <c>bursts: {perWeek: 1}</c>, or null when left out or not a mapping.</summary>
    public NodeReader? Mapping(string key, IReadOnlyList<string> keys)
    {
        var node = Optional(key);
        if (node is YamlMappingNode mapping)
            return new NodeReader(mapping, Errors, keys);
        if (node is not null)
            Errors.Add(node, $"`{key}`: expected a mapping with keys {string.Join(", ", keys)}, got {Describe(node)}");
        return null;
    }

    /// <summary>The items of a list; a required list must also be non-empty.</summary>
    public IReadOnlyList<YamlNode> List(string key, bool required)
    {
        var node = required ? Required(key) : Optional(key);
        if (node is YamlSequenceNode sequence)
        {
            if (required && sequence.Children.Count == 0)
                Errors.Add(sequence, $"`{key}`: expected a non-empty list");
            return [.. sequence.Children];
        }
        if (node is not null)
            Errors.Add(node, $"`{key}`: expected a list, got {Describe(node)}");
        return [];
    }

    /// <summary>The items of a list of mappings (<c>- id: ...</c>); items that are not mappings are reported and skipped.</summary>
    public IReadOnlyList<YamlMappingNode> Mappings(string key, bool required)
    {
        var items = new List<YamlMappingNode>();
        foreach (var item in List(key, required))
        {
            if (item is YamlMappingNode mapping)
                items.Add(mapping);
            else
                Errors.Add(item, $"`{key}`: expected each item to be a mapping (`- key: value`), got {Describe(item)}");
        }
        return items;
    }

    /// <summary>Reports unless exactly one of two alternative keys is given, e.g. <c>vendor</c> or <c>platform</c>.</summary>
    public void RequireExactlyOne(string first, string second)
    {
        var hasFirst = Optional(first) is not null;
        var hasSecond = Optional(second) is not null;
        if (hasFirst && hasSecond)
            Errors.Add(Node, $"give either `{first}` or `{second}`, not both");
        else if (!hasFirst && !hasSecond)
            Errors.Add(Node, $"missing `{first}` or `{second}` (exactly one is needed)");
    }

    /// <summary>Reports a problem with the value of <paramref name="key"/>, in the usual "`key`: ..." form.</summary>
    public void Report(YamlNode at, string key, string text) => Errors.Add(at, $"`{key}`: {text}");

    private static string DidYouMeanOnly(string given, IReadOnlyList<string> options) =>
        Suggestions.Closest(given, options) is { } closest ? $"; did you mean `{closest}`?" : "";

    private string? Text(YamlNode? node, string key, string expected)
    {
        if (node is null)
            return null;
        if (node is YamlScalarNode { Value: { Length: > 0 } text })
            return text;
        Report(node, key, $"expected {expected}, got {Describe(node)}");
        return null;
    }

    private double? Number(YamlNode? node, string key, Limits limits)
    {
        var text = Text(node, key, limits.Describe("a number"));
        if (node is null || text is null)
            return null;
        if (Numbers.Real(text) is { } value && limits.Contains(value))
            return value;
        Report(node, key, $"expected {limits.Describe("a number")}, got {text}");
        return null;
    }

    private long? Integer(YamlNode? node, string key, Limits limits)
    {
        var text = Text(node, key, limits.Describe("an integer"));
        if (node is null || text is null)
            return null;
        if (Numbers.Integer(text) is { } value && limits.Contains(value))
            return value;
        Report(node, key, $"expected {limits.Describe("an integer")}, got {text}");
        return null;
    }

    private T? Value<T>(YamlNode? node, string key, ScalarFormat<T> format) where T : struct
    {
        var text = Text(node, key, format.Expected);
        if (node is null || text is null)
            return null;
        if (format.Parse(text) is { } value)
            return value;
        Report(node, key, $"expected {format.Expected}, got {text}");
        return null;
    }
}
