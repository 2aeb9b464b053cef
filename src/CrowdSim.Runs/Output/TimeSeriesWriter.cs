using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Runs.Output;

/// <summary>Streams timeseries.csv, one tick at a time, so a long run never holds its history in memory.</summary>
internal sealed class TimeSeriesWriter : ITickOutput
{
    public const string Header = "tick,hours,scopeKind,scope,metric,value";

    private readonly TextOutput _file;
    private readonly StreamWriter _out;
    private readonly TimeSeriesRows _rows;

    /// <param name="resume">Open the file a checkpointed run left, to be rewound to its mark.</param>
    public TimeSeriesWriter(string path, ScenarioSpec spec, bool resume = false)
    {
        _file = new TextOutput(path, Header, resume);
        _out = _file.Writer;
        _rows = new TimeSeriesRows(spec);
    }

    public void Write(TickReport report)
    {
        // Every row of a tick shares its tick and hours: format them once.
        string? prefix = null;
        foreach (var row in _rows.Of(report))
        {
            prefix ??= $"{row.Tick},{Invariant.Format(row.Hours)},";
            _out.Write(prefix);
            _out.Write(row.ScopeKind);
            _out.Write(',');
            _out.Write(row.Scope);
            _out.Write(',');
            _out.Write(row.Metric);
            _out.Write(',');
            _out.Write(Invariant.Format(row.Value));
            _out.Write('\n');
        }
    }

    public void Finish(IReadOnlyList<Model.Workers.WorkerRecord> workers) => _file.Flush();

    public string FileName => _file.FileName;

    public OutputMark Checkpoint() => _file.Checkpoint();

    public void Rewind(OutputMark mark) => _file.Rewind(mark);

    public void Dispose() => _file.Dispose();
}
