using CrowdSim.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Composition;

/// <summary>
/// Reads a scenario file and the files it <c>extends:</c> (each path relative to the file that
/// names it), and lays each file over its parent with <see cref="TreeMerger"/>. The result is one
/// YAML tree, without <c>extends</c>, whose nodes remember the file they were written in. A file
/// extended must be a <c>.yaml</c> or <c>.yml</c> file inside the <see cref="ExtendsScope"/>: the
/// folder of the file loaded, or <paramref name="scopeFolder"/> when given.
/// </summary>
internal sealed class ScenarioComposer(ErrorLog errors, string? scopeFolder)
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
        if (root is null)
            return null;
        var scope = new ExtendsScope(scopeFolder ?? Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        return Compose(root, path, [new Link(RealPaths.Of(path), path)], scope);
    }

    private YamlMappingNode? Compose(YamlMappingNode root, string file, IReadOnlyList<Link> chain, ExtendsScope scope)
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
        var parent = new Link(RealPaths.Of(parentPath), parentPath);
        if (!IsAllowed(name, parent, scope, named))
            return null;
        if (chain.Any(link => link.RealPath == parent.RealPath))
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
        var merged = parentRoot is null ? null : Compose(parentRoot, parentPath, [.. chain, parent], scope);
        return merged is null ? null : new TreeMerger(errors, parentPath).Merge(merged, own);
    }

    /// <summary>A file may extend only a YAML file inside its scope: never, say, <c>/etc/passwd</c>, nor a link leading out.</summary>
    private bool IsAllowed(string name, Link parent, ExtendsScope scope, YamlNode named)
    {
        if (!scope.Contains(parent.RealPath))
        {
            var through = string.Equals(Path.GetFullPath(parent.Shown), parent.RealPath, StringComparison.Ordinal) ? "" : $" (through a symbolic link, to {parent.RealPath})";
            errors.Add(named, $"`{ExtendsKey}`: {name} is outside {scope.Shown}{through}, the folder a scenario may extend files from (the scenario file's own, or --scenario-root DIR)");
            return false;
        }
        if (!IsYamlFileName(name))
        {
            errors.Add(named, $"`{ExtendsKey}`: expected a scenario file, whose name ends in .yaml or .yml, got {name}");
            return false;
        }
        return true;
    }

    private static bool IsYamlFileName(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private YamlMappingNode? LoadParent(string path, YamlNode named)
    {
        var text = ScenarioFile.Read(path, out var problem);
        if (text is null)
        {
            var suggestion = File.Exists(path) || Directory.Exists(path) ? "" : SimilarFile(path);
            errors.Add(named, $"`{ExtendsKey}`: {problem}: {path}{suggestion}");
            return null;
        }
        return YamlDocumentLoader.Load(text, errors.ForFile(path), extendedAt: named);
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

    /// <summary>A file in a chain of extends: its real path, to find cycles, and the path as shown in messages.</summary>
    private sealed record Link(string RealPath, string Shown);
}
