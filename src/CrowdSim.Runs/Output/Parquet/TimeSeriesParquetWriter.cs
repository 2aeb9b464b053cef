using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Workers;

namespace CrowdSim.Runs.Output.Parquet;

/// <summary>Streams timeseries.parquet: the rows of timeseries.csv, typed, a row group at a time.</summary>
internal sealed class TimeSeriesParquetWriter : ITickOutput
{
    private static readonly ParquetColumn<TimeSeriesRow>[] Columns =
    [
        ParquetColumns.Int32<TimeSeriesRow>("tick", r => r.Tick),
        ParquetColumns.Double<TimeSeriesRow>("hours", r => r.Hours),
        ParquetColumns.String<TimeSeriesRow>("scopeKind", r => r.ScopeKind),
        ParquetColumns.String<TimeSeriesRow>("scope", r => r.Scope),
        ParquetColumns.String<TimeSeriesRow>("metric", r => r.Metric),
        ParquetColumns.Double<TimeSeriesRow>("value", r => r.Value),
    ];

    private readonly TimeSeriesRows _rows;
    private readonly ParquetRowFile<TimeSeriesRow> _file;

    public TimeSeriesParquetWriter(string path, ScenarioSpec spec, int rowGroupRows = ParquetRowFile<TimeSeriesRow>.DefaultRowGroupRows, bool resume = false)
    {
        _rows = new TimeSeriesRows(spec);
        _file = new ParquetRowFile<TimeSeriesRow>(path, Columns, rowGroupRows, resume);
    }

    public void Write(TickReport tick)
    {
        foreach (var row in _rows.Of(tick))
            _file.Add(row);
    }

    public void Finish(IReadOnlyList<WorkerRecord> workers) => _file.Flush();

    public string FileName => _file.FileName;

    public OutputMark Checkpoint() => _file.Checkpoint();

    public void Rewind(OutputMark mark) => _file.Rewind(mark);

    public void Dispose() => _file.Dispose();
}
