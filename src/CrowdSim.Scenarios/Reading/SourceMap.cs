using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Reading;

/// <summary>
/// Where each YAML node of a scenario was written: its file and position. A scenario can be built
/// from several files (<c>extends:</c>) and <c>--set</c> options, and merging makes new nodes out
/// of old ones, so a node's own <see cref="YamlNode.Start"/> is not enough to say where a value
/// came from. Files are ranked in the order they are first seen, which orders the errors.
/// </summary>
internal sealed class SourceMap
{
    // By reference: YamlNode's own equality compares content, and two equal values can come from different places.
    private readonly Dictionary<YamlNode, NodeSource> _sources = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _files = [];
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>The rank of <paramref name="file"/>: 0 for the first file seen, and so on.</summary>
    public int Rank(string file)
    {
        var rank = _files.IndexOf(file);
        if (rank >= 0)
            return rank;
        _files.Add(file);
        return _files.Count - 1;
    }

    /// <summary>Records that every node of the tree under <paramref name="root"/> was read from <paramref name="file"/>, whose text was <paramref name="text"/>.</summary>
    public void Register(YamlNode root, string file, string text)
    {
        Rank(file);
        _texts[file] = text;
        foreach (var node in root.AllNodes)
            _sources.TryAdd(node, new NodeSource(file, node.Start));
    }

    /// <summary>Records that a node made by the loader stands at <paramref name="at"/> in <paramref name="file"/>.</summary>
    public void Place(YamlNode node, string file, Mark at)
    {
        Rank(file);
        _sources[node] = new NodeSource(file, at);
    }

    /// <summary>Records that a node made by the loader stands at <paramref name="at"/>.</summary>
    public void Place(YamlNode node, NodeSource at)
    {
        Rank(at.File);
        _sources[node] = at;
    }

    /// <summary>Records that <paramref name="copy"/>, made by the loader, stands where <paramref name="original"/> was written.</summary>
    public void PlaceLike(YamlNode copy, YamlNode original, string fallbackFile) =>
        _sources[copy] = Locate(original, fallbackFile);

    /// <summary>Where <paramref name="node"/> was written; a node never registered is taken to be in <paramref name="fallbackFile"/>.</summary>
    public NodeSource Locate(YamlNode node, string fallbackFile) =>
        _sources.TryGetValue(node, out var source) ? source : new NodeSource(fallbackFile, node.Start);

    /// <summary>The text a node was written as, when it was read from a file and fits on one line; null otherwise.</summary>
    public string? TextOf(YamlNode node)
    {
        if (!_sources.TryGetValue(node, out var source) || !_texts.TryGetValue(source.File, out var text))
            return null;
        if (node.Start.Line != node.End.Line || node.End.Index > text.Length || node.Start.Index >= node.End.Index)
            return null;
        return text[(int)node.Start.Index..(int)node.End.Index];
    }
}
