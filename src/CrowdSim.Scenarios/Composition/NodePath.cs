using CrowdSim.Scenarios.Reading;

namespace CrowdSim.Scenarios.Composition;

/// <summary>
/// A place in a scenario, as <c>--set</c> and <c>sweep</c> name it: keys separated by dots, list
/// items by their <c>id</c> or, in a list without ids, by a 0-based index
/// (<c>workers.ke-crowd.count</c>, <c>labs.lab-alpha.demand.0.tasksPerDay</c>).
/// </summary>
internal sealed class NodePath
{
    private NodePath(string text, IReadOnlyList<PathSegment> segments)
    {
        Text = text;
        Segments = segments;
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    public IReadOnlyList<PathSegment> Segments { get; }

    /// <summary>
    /// Splits <paramref name="text"/> at its dots, or returns null after reporting an empty path
    /// or key; <paramref name="at"/> gives the place of a character of the text.
    /// </summary>
    public static NodePath? Parse(string text, Func<int, NodeSource> at, ErrorLog errors)
    {
        if (text.Length == 0)
        {
            errors.Add(at(0), "expected a path such as `days` or `workers.ke-crowd.count`, got nothing");
            return null;
        }
        var segments = new List<PathSegment>();
        var offset = 0;
        foreach (var key in text.Split('.'))
        {
            if (key.Length == 0)
            {
                errors.Add(at(offset), $"empty key in path `{text}` (two dots in a row, or a dot at one end)");
                return null;
            }
            segments.Add(new PathSegment(key, offset));
            offset += key.Length + 1;
        }
        return new NodePath(text, segments);
    }

    /// <summary>The first <paramref name="count"/> keys, as a user would write them (<c>workers.ke-crowd</c>).</summary>
    public string Prefix(int count) => string.Join('.', Segments.Take(count).Select(s => s.Key));
}
