using CrowdSim.Model.Metrics;
using CrowdSim.Model.Workers;
using CrowdSim.Results.Tables;

namespace CrowdSim.Runs.Output.Parquet;

/// <summary>
/// A Parquet table written from a declared table's columns: rows taken from each tick
/// (timeseries.parquet, tasks.parquet) or from the workers at the end (workers.parquet), a row
/// group at a time.
/// </summary>
/// <typeparam name="TRow">The table's row.</typeparam>
internal sealed class ParquetTickOutput<TRow> : ITickOutput
{
    private readonly ParquetRowFile<TRow> _file;
    private readonly Func<TickReport, IEnumerable<TRow>>? _perTick;
    private readonly Func<IReadOnlyList<WorkerRecord>, IEnumerable<TRow>>? _atEnd;

    /// <param name="path">The file.</param>
    /// <param name="table">Its columns.</param>
    /// <param name="perTick">A tick's rows, or null for a table written at the end.</param>
    /// <param name="atEnd">The rows known at the end, or null.</param>
    /// <param name="rowGroupRows">Rows per row group.</param>
    /// <param name="resume">Open the file a checkpointed run left (it is rewound before use) instead of creating it.</param>
    public ParquetTickOutput(
        string path,
        Table<TRow> table,
        Func<TickReport, IEnumerable<TRow>>? perTick,
        Func<IReadOnlyList<WorkerRecord>, IEnumerable<TRow>>? atEnd = null,
        int rowGroupRows = ParquetRowFile<TRow>.DefaultRowGroupRows,
        bool resume = false)
    {
        _perTick = perTick;
        _atEnd = atEnd;
        _file = new ParquetRowFile<TRow>(path, [.. table.Columns.Select(ParquetColumns.Of)], rowGroupRows, resume);
    }

    public string FileName => _file.FileName;

    public void Write(TickReport tick)
    {
        if (_perTick is null)
            return;
        foreach (var row in _perTick(tick))
            _file.Add(row);
    }

    public void Finish(IReadOnlyList<WorkerRecord> workers)
    {
        if (_atEnd is not null)
        {
            foreach (var row in _atEnd(workers))
                _file.Add(row);
        }
        _file.Flush();
    }

    public OutputMark Checkpoint() => _file.Checkpoint();

    public void Rewind(OutputMark mark) => _file.Rewind(mark);

    public void Dispose() => _file.Dispose();
}
