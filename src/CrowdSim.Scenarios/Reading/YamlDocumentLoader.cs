using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Reading;

/// <summary>
/// Parses scenario text (a file, or the value of a <c>--set</c> option) into YAML nodes, turning
/// every YAML-level problem into an error in the log's file, and records where each node came from.
/// </summary>
internal static class YamlDocumentLoader
{
    /// <summary>
    /// The top-level mapping, or null when the text cannot be read as one (errors say why). For a
    /// file another extends, <paramref name="extendedAt"/> is the <c>extends:</c> value naming it: a
    /// file that is not a mapping is then reported there, without quoting it (it may be anything).
    /// </summary>
    public static YamlMappingNode? Load(string text, ErrorLog errors, YamlNode? extendedAt = null)
    {
        var stream = Parse(text, errors);
        if (stream is null)
            return null;
        if (stream.Documents.Count == 0 || NodeReader.IsNull(stream.Documents[0].RootNode))
        {
            errors.AddFileLevel("the file is empty; expected a scenario (name, seed, days, regions, taskTypes, platforms, labs, workers)");
            return null;
        }
        var root = stream.Documents[0].RootNode;
        errors.Sources.Register(root, errors.File, text);
        if (root is YamlMappingNode mapping)
            return mapping;

        if (extendedAt is not null)
        {
            var found = root is YamlSequenceNode ? "a list" : "a single value";
            errors.Add(extendedAt, $"`extends`: {errors.File} is not a scenario file: its top level is {found}, not a mapping of scenario keys");
            return null;
        }
        errors.Add(root, $"expected a mapping of scenario keys (`name: ...`, `seed: ...`) at the top level, got {NodeReader.Describe(root)}");
        return null;
    }

    /// <summary>
    /// One value: a scalar, or a list or mapping in any style; null when it cannot be read (errors say
    /// why). When the text holds nothing, an empty scalar placed at <paramref name="emptyAt"/>.
    /// </summary>
    public static YamlNode? LoadValue(string text, ErrorLog errors, Mark emptyAt)
    {
        var stream = Parse(text, errors);
        if (stream is null)
            return null;
        if (stream.Documents.Count == 0)
        {
            var empty = new YamlScalarNode("");
            errors.Sources.Place(empty, errors.File, emptyAt);
            return empty;
        }
        var root = stream.Documents[0].RootNode;
        errors.Sources.Register(root, errors.File, text);
        return root;
    }

    private static YamlStream? Parse(string text, ErrorLog errors)
    {
        var parser = new GuardedParser(new Parser(new StringReader(text)), errors);
        var stream = new YamlStream();
        var problemsBefore = errors.Count;
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            errors.Add(e.Start, $"invalid YAML: {e.Message}");
            return null;
        }
        catch (RefusedYamlException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way on some unterminated flow collections.
            errors.Add(parser.LastEnd, "invalid YAML: could not parse past here (an unclosed `[`, `{` or quote?)");
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet's node loader fails this way on an alias written right after a value (`a: [1] *x`).
            errors.Add(parser.LastEnd, "invalid YAML: could not parse past here (an alias `*name` after a value?)");
            return null;
        }
        // The guard reports some problems (aliases, giant values) without stopping the parser.
        return errors.Count > problemsBefore ? null : stream;
    }
}
