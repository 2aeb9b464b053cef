using System.Globalization;
using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Composition;

/// <summary>
/// Sets the value at a <see cref="NodePath"/> in a scenario tree. The tree is not changed: the
/// result is a new tree sharing every node off the path. Problems with the path are reported at
/// the key of the path they concern, through <paramref name="at"/>.
/// </summary>
/// <param name="createMissing">
/// Whether keys missing from a mapping are added (for <c>--set</c>: binding then reports a key the
/// scenario cannot have) or reported (for <c>sweep</c>, whose paths must exist).
/// </param>
internal sealed class TreeEditor(NodePath path, Func<int, NodeSource> at, bool createMissing, ErrorLog errors)
{

    /// <summary>The tree with <paramref name="value"/> at the path, or null when the path does not fit the tree (reported).</summary>
    public YamlMappingNode? Set(YamlMappingNode root, YamlNode value) => SetIn(root, 0, value) as YamlMappingNode;

    private YamlNode? SetIn(YamlNode? node, int index, YamlNode value)
    {
        var last = index == path.Segments.Count - 1;
        switch (node)
        {
            case YamlMappingNode mapping:
                return SetInMapping(mapping, index, value, last);
            case YamlSequenceNode list:
                if (ItemIndex(list, index) is not { } item)
                    return null;
                var newItem = last ? value : SetIn(list.Children[item], index + 1, value);
                return newItem is null ? null : Nodes.SequenceLike(list, list.Children.Select((old, i) => i == item ? newItem : old), errors);
            case null:
                return Create(index, value);
            default:
                if (createMissing && NodeReader.IsNull(node))
                    return Create(index, value);
                Report(index, $"`{path.Prefix(index)}` is a single value ({NodeReader.Describe(node)}), so it has no `{path.Segments[index].Key}`");
                return null;
        }
    }

    private YamlMappingNode? SetInMapping(YamlMappingNode mapping, int index, YamlNode value, bool last)
    {
        var name = path.Segments[index].Key;
        var key = Nodes.FindKey(mapping, name);
        if (key is null && !createMissing)
        {
            var owner = index == 0 ? "the scenario" : $"`{path.Prefix(index)}`";
            Report(index, $"{owner} has no key `{name}` to sweep{Suggestions.DidYouMean(name, Nodes.KeyNames(mapping))}");
            return null;
        }
        var newValue = last ? value : SetIn(key is null ? null : mapping.Children[key], index + 1, value);
        if (newValue is null)
            return null;
        if (key is not null)
            return Nodes.MappingLike(mapping, mapping.Children.Select(e => ReferenceEquals(e.Key, key) ? new(key, newValue) : e), errors);
        return Nodes.MappingLike(mapping, [.. mapping.Children, new(NewKey(index), newValue)], errors);
    }

    /// <summary>A new mapping holding the rest of the path, down to the value: for keys the scenario does not have yet.</summary>
    private YamlMappingNode Create(int index, YamlNode value)
    {
        var inner = index == path.Segments.Count - 1 ? value : Create(index + 1, value);
        var mapping = new YamlMappingNode { { NewKey(index), inner } };
        Place(mapping, index);
        return mapping;
    }

    /// <summary>The position in <paramref name="list"/> of the item the path's key at <paramref name="index"/> names: an id, else an index.</summary>
    private int? ItemIndex(YamlSequenceNode list, int index)
    {
        var key = path.Segments[index].Key;
        string[] ids = [.. list.Children.Select(Nodes.IdOf).OfType<string>()];
        for (var i = 0; i < list.Children.Count; i++)
        {
            if (Nodes.IdOf(list.Children[i]) == key)
                return i;
        }

        var owner = path.Prefix(index);
        var count = list.Children.Count;
        if (count == 0)
        {
            Report(index, $"`{owner}` is an empty list, so it has no item `{key}`");
            return null;
        }
        // An index only where ids cannot be used: in a list whose items do not all have one (events may).
        if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && ids.Length < count)
        {
            if (position < count)
                return position;
            Report(index, $"`{owner}` has {count} item{(count == 1 ? "" : "s")}; index {position} is out of range (use 0 to {count - 1})");
        }
        else if (ids.Length > 0)
        {
            Report(index, $"`{owner}` has no item with id `{key}`{Suggestions.DidYouMean(key, ids)}");
        }
        else
        {
            Report(index, $"`{owner}` is a list without ids: name an item by its index (0 to {count - 1}), not `{key}`");
        }
        return null;
    }

    private YamlScalarNode NewKey(int index)
    {
        var key = new YamlScalarNode(path.Segments[index].Key);
        Place(key, index);
        return key;
    }

    private void Place(YamlNode node, int index)
    {
        var source = at(path.Segments[index].Offset);
        errors.Sources.Place(node, source.File, source.At);
    }

    private void Report(int index, string text) => errors.Add(at(path.Segments[index].Offset), text);
}
