using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Composition;

/// <summary>
/// Lays a scenario file over the scenario it extends. Mappings merge key by key; lists of items
/// with an <c>id</c> merge by id (a child item changes the parent's item of that id, a new id is
/// appended, <c>{id: x, remove: true}</c> removes x); <c>events</c> are the parent's followed by
/// the child's, a child event replacing the parent's event of the same <c>id</c>; anything else
/// the child gives replaces the parent's value. Every node keeps the place it was written.
/// </summary>
internal sealed class TreeMerger(ErrorLog errors, string parentFile)
{
    public const string RemoveKey = "remove";
    public const string EventsKey = "events";

    /// <summary>The parent overridden by the child.</summary>
    public YamlMappingNode Merge(YamlMappingNode parent, YamlMappingNode child) => MergeMappings(parent, child, topLevel: true);

    private YamlNode MergeValues(YamlNode parent, YamlNode child, string key, bool topLevel) => (parent, child) switch
    {
        (YamlMappingNode p, YamlMappingNode c) => MergeMappings(p, c, topLevel: false),
        (YamlSequenceNode p, YamlSequenceNode c) when topLevel && key == EventsKey => MergeList(p, c, key, mergeItems: false),
        (YamlSequenceNode p, YamlSequenceNode c) when IsListOfIds(p) || (p.Children.Count == 0 && IsListOfIds(c)) => MergeList(p, c, key, mergeItems: true),
        _ => child,
    };

    private YamlMappingNode MergeMappings(YamlMappingNode parent, YamlMappingNode child, bool topLevel)
    {
        var entries = new List<KeyValuePair<YamlNode, YamlNode>>();
        var used = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        foreach (var (key, value) in parent.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            var childKey = name is null ? null : Nodes.FindKey(child, name);
            if (childKey is null)
            {
                entries.Add(new(key, value));
                continue;
            }
            used.Add(childKey);
            entries.Add(new(childKey, MergeValues(value, child.Children[childKey], name!, topLevel)));
        }
        entries.AddRange(child.Children.Where(e => !used.Contains(e.Key)));
        return Nodes.MappingLike(child, entries, errors);
    }

    /// <summary>
    /// Matches the child's items to the parent's by id: merged into it (<paramref name="mergeItems"/>)
    /// or replacing it, or removing it; the rest are appended. An id matches at most once, so a
    /// second child item with the same id is appended and reported as a duplicate when bound.
    /// </summary>
    private YamlSequenceNode MergeList(YamlSequenceNode parent, YamlSequenceNode child, string key, bool mergeItems)
    {
        var items = new List<YamlNode?>(parent.Children);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (Nodes.IdOf(items[i]!) is { } id)
                positions.TryAdd(id, i);
        }

        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in child.Children)
        {
            var id = Nodes.IdOf(item);
            if (id is null && mergeItems)
            {
                errors.Add(item, $"`{key}`: items are matched with those of {parentFile} by `id`, and this one has none; give it an `id`");
                continue;
            }
            var position = id is not null && positions.TryGetValue(id, out var at) && !matched.Contains(id) ? at : -1;
            var mapping = item as YamlMappingNode;
            if (id is not null && mapping is not null && Nodes.FindKey(mapping, RemoveKey) is not null)
            {
                if (IsRemoval(mapping) && CheckRemovable(mapping, id, position, key, items))
                {
                    items[position] = null;
                    matched.Add(id);
                }
                continue;
            }
            if (position < 0)
            {
                items.Add(item);
                continue;
            }
            matched.Add(id!);
            items[position] = mergeItems ? MergeValues(items[position]!, item, key, topLevel: false) : item;
        }
        return Nodes.SequenceLike(child, items.OfType<YamlNode>(), errors);
    }

    private static bool IsListOfIds(YamlSequenceNode list) =>
        list.Children.Count > 0 && list.Children.All(item => Nodes.IdOf(item) is not null);

    /// <summary>True for a well-formed <c>{id: x, remove: true}</c>; reports anything else.</summary>
    private bool IsRemoval(YamlMappingNode item)
    {
        var remove = Nodes.Find(item, RemoveKey)!;
        if (remove is not YamlScalarNode { Value: { } text } || Formats.Boolean.Parse(text) is not true)
        {
            errors.Add(remove, $"`{RemoveKey}`: expected true, got {NodeReader.Describe(remove)} (leave the key out to keep the item)");
            return false;
        }
        if (item.Children.Count > 2)
        {
            errors.Add(item, $"an item with `{RemoveKey}: true` takes no other keys than `{Nodes.IdKey}`");
            return false;
        }
        return true;
    }

    private bool CheckRemovable(YamlMappingNode item, string id, int position, string key, IReadOnlyList<YamlNode?> items)
    {
        if (position >= 0)
            return true;
        string[] ids = [.. items.OfType<YamlNode>().Select(Nodes.IdOf).OfType<string>()];
        var hint = ids.Length == 0 ? "" : Suggestions.DidYouMean(id, ids);
        errors.Add(Nodes.Find(item, Nodes.IdKey)!, $"`{Nodes.IdKey}`: cannot remove `{id}`: {parentFile} has no item of `{key}` with that id{hint}");
        return false;
    }
}
