using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Composition;

/// <summary>
/// Reading and copying YAML nodes for composition. Nodes are never changed in place: a changed
/// mapping or list is a copy, recorded in the source map as standing where the original was written.
/// </summary>
internal static class Nodes
{
    public const string IdKey = "id";

    /// <summary>The key node named <paramref name="name"/> in <paramref name="mapping"/>, or null.</summary>
    public static YamlNode? FindKey(YamlMappingNode mapping, string name) =>
        mapping.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: { } text } && text == name);

    /// <summary>The value of key <paramref name="name"/>, or null when there is no such key.</summary>
    public static YamlNode? Find(YamlMappingNode mapping, string name) =>
        FindKey(mapping, name) is { } key ? mapping.Children[key] : null;

    /// <summary>The names of the plain keys of <paramref name="mapping"/>, in file order.</summary>
    public static IReadOnlyList<string> KeyNames(YamlMappingNode mapping) =>
        [.. mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).OfType<string>()];

    /// <summary>The <c>id</c> of a list item: a mapping whose <c>id</c> is non-empty text; null otherwise.</summary>
    public static string? IdOf(YamlNode item) =>
        item is YamlMappingNode mapping && Find(mapping, IdKey) is YamlScalarNode { Value: { Length: > 0 } id } scalar && !NodeReader.IsNull(scalar)
            ? id
            : null;

    /// <summary>A copy of <paramref name="original"/> holding <paramref name="entries"/>, standing where the original was written.</summary>
    public static YamlMappingNode MappingLike(YamlMappingNode original, IEnumerable<KeyValuePair<YamlNode, YamlNode>> entries, ErrorLog errors)
    {
        var copy = new YamlMappingNode();
        foreach (var (key, value) in entries)
            copy.Add(key, value);
        errors.Sources.PlaceLike(copy, original, errors.File);
        return copy;
    }

    /// <summary>A copy of <paramref name="original"/> holding <paramref name="items"/>, standing where the original was written.</summary>
    public static YamlSequenceNode SequenceLike(YamlSequenceNode original, IEnumerable<YamlNode> items, ErrorLog errors)
    {
        var copy = new YamlSequenceNode(items);
        errors.Sources.PlaceLike(copy, original, errors.File);
        return copy;
    }
}
