using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CrowdSim.Scenarios.Reading;

/// <summary>
/// Collects the problems found while loading one scenario, so that all of them can be reported
/// together. A problem at a node is reported in the file the node was written in (see
/// <see cref="SourceMap"/>); a problem at a bare position or with a whole file, in this log's
/// <see cref="File"/>. Logs made with <see cref="ForFile"/> share their problems; one made with
/// <see cref="Detached"/> only shares where nodes came from.
/// </summary>
internal sealed class ErrorLog
{
    /// <summary>Most errors kept; a badly broken file could otherwise produce millions.</summary>
    public const int MaxErrors = 100;

    private readonly Entries _entries;

    public ErrorLog(string file)
        : this(file, new SourceMap(), new Entries())
    {
    }

    private ErrorLog(string file, SourceMap sources, Entries entries)
    {
        File = file;
        Sources = sources;
        _entries = entries;
        sources.Rank(file);
    }

    /// <summary>The file that problems without a node of their own are reported in.</summary>
    public string File { get; }

    public SourceMap Sources { get; }

    public bool HasErrors => _entries.Errors.Count > 0;

    /// <summary>How many problems have been reported, counting those not kept.</summary>
    public int Count => _entries.Errors.Count + _entries.Dropped;

    /// <summary>A log adding to the same problems, for reading another file.</summary>
    public ErrorLog ForFile(string file) => new(file, Sources, _entries);

    /// <summary>A log of its own, for trying something out without reporting what goes wrong.</summary>
    public ErrorLog Detached() => new(File, Sources, new Entries());

    public void Add(YamlNode at, string text) => Add(Locate(at), text);

    public void Add(Mark at, string text) => Add(new NodeSource(File, at), text);

    public void Add(NodeSource at, string text) =>
        Add(at.Whole ? new ScenarioError(at.File, 0, 0, text) : new ScenarioError(at.File, ToInt(at.At.Line), ToInt(at.At.Column), text));

    /// <summary>Notes that something at <paramref name="at"/> may surprise the author, without making the scenario invalid.</summary>
    public void Note(YamlNode at, string text)
    {
        var source = Locate(at);
        _entries.Notes.Add(new ScenarioNote(source.File, ToInt(source.At.Line), ToInt(source.At.Column), text));
    }

    /// <summary>The notes so far, by file and position, each once.</summary>
    public IReadOnlyList<ScenarioNote> Notes =>
        [.. _entries.Notes.Distinct().OrderBy(n => Sources.Rank(n.File)).ThenBy(n => n.Line).ThenBy(n => n.Column)];

    public void AddFileLevel(string text) => Add(new ScenarioError(File, 0, 0, text));

    /// <summary>Where <paramref name="node"/> was written.</summary>
    public NodeSource Locate(YamlNode node) => Sources.Locate(node, File);

    /// <summary>The problems so far, by file (in the order the files were read) and position.</summary>
    public IReadOnlyList<ScenarioError> Errors
    {
        get
        {
            List<ScenarioError> errors = [.. _entries.Errors.OrderBy(e => Sources.Rank(e.File)).ThenBy(e => e.Line).ThenBy(e => e.Column)];
            if (_entries.Dropped > 0)
                errors.Add(new ScenarioError(File, 0, 0, FormattableString.Invariant($"... and {_entries.Dropped:N0} more problems")));
            return errors;
        }
    }

    /// <summary>The problems so far, in order, as an exception.</summary>
    public ScenarioException ToException() => new(Errors);

    private void Add(ScenarioError error)
    {
        if (_entries.Errors.Count < MaxErrors)
            _entries.Errors.Add(error);
        else
            _entries.Dropped++;
    }

    private static int ToInt(long value) => (int)Math.Clamp(value, 0, int.MaxValue);

    private sealed class Entries
    {
        public List<ScenarioError> Errors { get; } = [];

        public List<ScenarioNote> Notes { get; } = [];

        public int Dropped { get; set; }
    }
}
