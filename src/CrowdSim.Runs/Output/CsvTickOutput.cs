using CrowdSim.Model.Metrics;
using CrowdSim.Model.Workers;
using CrowdSim.Results;
using CrowdSim.Results.Tables;

namespace CrowdSim.Runs.Output;

/// <summary>
/// A CSV table streamed a tick at a time (timeseries.csv, projects.csv), so a long run never holds
/// its history in memory. At a checkpoint it is flushed to disk and its length marked; a resumed
/// run opens it again and cuts it back to the mark.
/// </summary>
/// <typeparam name="TRow">The table's row.</typeparam>
internal sealed class CsvTickOutput<TRow> : ITickOutput
{
    private readonly FileStream _file;
    private readonly TableWriter<TRow> _writer;
    private readonly Func<TickReport, IEnumerable<TRow>> _rows;

    /// <param name="path">The file.</param>
    /// <param name="table">Its columns.</param>
    /// <param name="rows">A tick's rows.</param>
    /// <param name="resume">Open the file a checkpointed run left (it is rewound before use) instead of creating it.</param>
    public CsvTickOutput(string path, Table<TRow> table, Func<TickReport, IEnumerable<TRow>> rows, bool resume = false)
    {
        FileName = Path.GetFileName(path);
        _rows = rows;
        _file = new FileStream(path, resume ? FileMode.Open : FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16);
        _writer = table.Writer(new StreamWriter(_file, ResultText.Utf8) { NewLine = "\n" }, writeHeader: !resume);
    }

    public string FileName { get; }

    public void Write(TickReport tick)
    {
        foreach (var row in _rows(tick))
            _writer.Write(row);
    }

    public void Finish(IReadOnlyList<WorkerRecord> workers) => _writer.Flush();

    public OutputMark Checkpoint()
    {
        _writer.Flush();
        _file.Flush(flushToDisk: true);
        return new OutputMark(FileName, _file.Length, []);
    }

    public void Rewind(OutputMark mark)
    {
        if (mark.File != FileName)
            throw new InvalidOperationException($"a mark for {mark.File} given to {FileName}");
        _writer.Flush();
        if (_file.Length < mark.Length)
            throw new IOException($"{FileName} is shorter ({_file.Length} bytes) than at the checkpoint ({mark.Length} bytes)");
        _file.SetLength(mark.Length);
        _file.Seek(0, SeekOrigin.End);
    }

    public void Dispose() => _writer.Dispose();
}
