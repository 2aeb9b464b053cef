using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Composition;

/// <summary>
/// Reads a scenario file and the files it <c>extends:</c> (each path relative to the file that
/// names it), and lays each file over its parent with <see cref="TreeMerger"/>. The result is one
/// YAML tree, without <c>extends</c>, whose nodes remember the file they were written in.
/// </summary>
internal sealed class ScenarioComposer(ErrorLog errors)
{
    public const string ExtendsKey = "extends";

    /// <summary>Most files a scenario may extend one after the other.</summary>
    public const int MaxDepth = 10;

    /// <summary>The scenario in the file at <paramref name="path"/> (the log's file), or null when it cannot be read (reported).</summary>
    public YamlMappingNode? LoadFile(string path)
    {
        var text = ScenarioFile.Read(path, out var problem);
        if (text is not null)
            return LoadText(text, path);
        errors.AddFileLevel(problem);
        return null;
    }

    /// <summary>The scenario in <paramref name="text"/>; <paramref name="path"/> names it, and is where <c>extends</c> is resolved from.</summary>
    public YamlMappingNode? LoadText(string text, string path)
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(text);
        if (bytes > ScenarioFile.MaxBytes)
        {
            errors.AddFileLevel(ScenarioFile.TooLarge(bytes));
            return null;
        }
        var root = YamlDocumentLoader.Load(text, errors);
        return root is null ? null : Compose(root, path, [new Link(FullPath(path), path)]);
    }

    private YamlMappingNode? Compose(YamlMappingNode root, string file, IReadOnlyList<Link> chain)
    {
        if (Nodes.FindKey(root, ExtendsKey) is not { } key)
            return root;
        var own = Nodes.MappingLike(root, root.Children.Where(e => !ReferenceEquals(e.Key, key)), errors);
        var named = root.Children[key];
        if (named is not YamlScalarNode { Value: { Length: > 0 } name } || NodeReader.IsNull(named))
        {
            errors.Add(named, $"`{ExtendsKey}`: expected the file name of the scenario to start from, like `baseline.yaml`, got {NodeReader.Describe(named)}");
            return null;
        }

        var parentPath = Path.Combine(Path.GetDirectoryName(file) ?? "", name);
        var parent = new Link(FullPath(parentPath), parentPath);
        if (chain.Any(link => link.FullPath == parent.FullPath))
        {
            errors.Add(named, $"`{ExtendsKey}`: circular: {string.Join(" → ", chain.Append(parent).Select(l => l.Shown))}");
            return null;
        }
        if (chain.Count > MaxDepth)
        {
            errors.Add(named, $"`{ExtendsKey}`: more than {MaxDepth} files extend one another ({string.Join(" → ", chain.Append(parent).Select(l => l.Shown))})");
            return null;
        }

        var parentRoot = LoadParent(parentPath, named);
        var merged = parentRoot is null ? null : Compose(parentRoot, parentPath, [.. chain, parent]);
        return merged is null ? null : new TreeMerger(errors, parentPath).Merge(merged, own);
    }

    private YamlMappingNode? LoadParent(string path, YamlNode named)
    {
        var text = ScenarioFile.Read(path, out var problem);
        if (text is null)
        {
            errors.Add(named, $"`{ExtendsKey}`: {problem}: {path}{SimilarFile(path)}");
            return null;
        }
        return YamlDocumentLoader.Load(text, errors.ForFile(path));
    }

    /// <summary>"; did you mean `baseline.yaml`?" when a scenario file next to the missing one has a close name.</summary>
    private static string SimilarFile(string path)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is null || !Directory.Exists(folder))
                return "";
            string[] names = [.. Directory.EnumerateFiles(folder, "*.y*ml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
            return Suggestions.Closest(Path.GetFileName(path), names) is { } closest ? $"; did you mean `{closest}`?" : "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return "";
        }
    }

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    /// <summary>A file in a chain of extends: its full path, to find cycles, and the path as shown in messages.</summary>
    private sealed record Link(string FullPath, string Shown);
}
