using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Reading;

/// <summary>Parses scenario text into its top-level YAML mapping, turning every YAML-level problem into an error.</summary>
internal static class YamlDocumentLoader
{
    /// <summary>The top-level mapping, or null when the text cannot be read as one (errors say why).</summary>
    public static YamlMappingNode? Load(string text, ErrorLog errors)
    {
        var parser = new GuardedParser(new Parser(new StringReader(text)), errors);
        var stream = new YamlStream();
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

        if (errors.HasErrors)
            return null;
        return TopLevelMapping(stream, errors);
    }

    private static YamlMappingNode? TopLevelMapping(YamlStream stream, ErrorLog errors)
    {
        if (stream.Documents.Count == 0 || NodeReader.IsNull(stream.Documents[0].RootNode))
        {
            errors.AddFileLevel("the file is empty; expected a scenario (name, seed, days, regions, taskTypes, platforms, labs, workers)");
            return null;
        }
        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
            return mapping;

        errors.Add(root, $"expected a mapping of scenario keys (`name: ...`, `seed: ...`) at the top level, got {NodeReader.Describe(root)}");
        return null;
    }
}
