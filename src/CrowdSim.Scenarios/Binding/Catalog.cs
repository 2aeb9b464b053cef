using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Binding;

/// <summary>
/// The entities of one section (regions, vendors, ...) by id, in file order: reports duplicate
/// ids, and resolves references from other sections with a suggestion for a misspelled id.
/// </summary>
internal sealed class Catalog<T>(string noun, ErrorLog errors)
    where T : class
{
    private readonly List<string> _ids = [];
    private readonly Dictionary<string, (T Spec, YamlNode At)> _byId = new(StringComparer.Ordinal);

    /// <summary>Adds the entity bound from <paramref name="item"/>, under the id given by its <c>id</c> key.</summary>
    public void Add(NodeReader item, string? id, T spec)
    {
        if (id is null || item.Optional("id") is not { } at)
            return;
        Ids.Check(item, at, id);
        if (_byId.TryGetValue(id, out var first))
        {
            errors.Add(at, $"duplicate {noun} id `{id}` (first defined on {errors.Locate(first.At).LineIn(errors.Locate(at).File)})");
            return;
        }
        _ids.Add(id);
        _byId[id] = (spec, at);
    }

    /// <summary>The entity named by the value of <paramref name="key"/>, or null when missing or unknown (reported).</summary>
    public T? Reference(NodeReader reader, string key, bool required)
    {
        var node = required ? reader.Required(key) : reader.Optional(key);
        return node is null ? null : Resolve(reader, node, key);
    }

    /// <summary>The entity a node names, or null when it names none (reported).</summary>
    public T? Resolve(NodeReader reader, YamlNode node, string key)
    {
        if (node is not YamlScalarNode { Value: { Length: > 0 } id })
        {
            reader.Report(node, key, $"expected a {noun} id, got {NodeReader.Describe(node)}");
            return null;
        }
        if (_byId.TryGetValue(id, out var found))
            return found.Spec;

        var hint = _ids.Count == 0 ? $"; no {noun}s are defined" : Suggestions.DidYouMean(id, _ids);
        reader.Report(node, key, $"unknown {noun} `{id}`{hint}");
        return null;
    }
}
