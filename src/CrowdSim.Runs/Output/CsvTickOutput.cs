using CrowdSim.Model.Metrics;
using CrowdSim.Model.Workers;
using CrowdSim.Results;
using CrowdSim.Results.Tables;

namespace CrowdSim.Runs.Output;

/// <summary>
/// A CSV table streamed a tick at a time (timeseries.csv, timeseries-hourly.csv, projects.csv), so
/// a long run never holds its history in memory. It may be hashed as it is written, and then need
/// not be kept at all: timeseries.csv's bytes are part of the result hash whether or not the file
/// is asked for. At a checkpoint it is flushed to disk and its length marked, with the running
/// hash and any rows being summed up; a resumed run opens it again, cuts it back to the mark and
/// takes the hash and the rows up from there.
/// </summary>
/// <typeparam name="TRow">The table's row.</typeparam>
internal sealed class CsvTickOutput<TRow> : ITickOutput, IHashedOutput
{
    private readonly FileStream? _file;
    private readonly HashingStream? _hashing;
    private readonly TableWriter<TRow> _writer;
    private readonly ITickRows<TRow> _rows;

    /// <param name="path">The file.</param>
    /// <param name="table">Its columns.</param>
    /// <param name="rows">The rows of each tick and of the end.</param>
    /// <param name="resume">Open the file a checkpointed run left (it is rewound before use) instead of creating it.</param>
    /// <param name="keepFile">Write the file; false: only hash what would be in it.</param>
    /// <param name="hashed">Hash the bytes as they are written (<see cref="Sha256"/>).</param>
    /// <param name="checkpointed">The run saves checkpoints (or resumes from one): the hash must be one whose state can be saved.</param>
    public CsvTickOutput(string path, Table<TRow> table, ITickRows<TRow> rows, bool resume = false, bool keepFile = true, bool hashed = false, bool checkpointed = true)
    {
        if (!keepFile && !hashed)
            throw new ArgumentException($"{path}: an output neither kept nor hashed", nameof(keepFile));
        FileName = Path.GetFileName(path);
        _rows = rows;
        _file = keepFile ? new FileStream(path, resume ? FileMode.Open : FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16) : null;
        _hashing = hashed ? new HashingStream(resume || checkpointed ? new ResumableSha256() : new NativeSha256(), _file) : null;
        _writer = table.Writer(new StreamWriter((Stream?)_hashing ?? _file!, ResultText.Utf8) { NewLine = "\n" }, writeHeader: !resume);
    }

    public string FileName { get; }

    public byte[]? Sha256 { get; private set; }

    public void Write(TickReport tick)
    {
        foreach (var row in _rows.Of(tick))
            _writer.Write(row);
    }

    public void Finish(IReadOnlyList<WorkerRecord> workers)
    {
        foreach (var row in _rows.AtEnd())
            _writer.Write(row);
        _writer.Flush();
        Sha256 = _hashing?.Hash.Hash();
    }

    public OutputMark Checkpoint()
    {
        _writer.Flush();
        _file?.Flush(flushToDisk: true);
        var length = _file?.Length ?? _hashing!.Hash.Length;
        var state = _hashing?.Hash switch
        {
            null => null,
            ResumableSha256 resumable => resumable.Save(),
            _ => throw new InvalidOperationException($"{FileName}: a checkpoint of a run created without checkpoints"),
        };
        return new OutputMark(FileName, length, [], state, _rows.Save());
    }

    public void Rewind(OutputMark mark)
    {
        if (mark.File != FileName)
            throw new InvalidOperationException($"a mark for {mark.File} given to {FileName}");
        _writer.Flush();
        if (_file is not null)
        {
            if (_file.Length < mark.Length)
                throw new IOException($"{FileName} is shorter ({_file.Length} bytes) than at the checkpoint ({mark.Length} bytes)");
            _file.SetLength(mark.Length);
            _file.Seek(0, SeekOrigin.End);
        }
        if (_hashing is not null)
            _hashing.Hash = RestoreHash(mark);
        _rows.Restore(mark.RowsState);
    }

    public void Dispose() => _writer.Dispose();

    private ResumableSha256 RestoreHash(OutputMark mark)
    {
        if (mark.HashState is null)
            throw new IOException($"the checkpoint keeps no hash of {FileName} (it was written by an earlier crowdsim); start the run again");
        ResumableSha256 hash;
        try
        {
            hash = ResumableSha256.Restore(mark.HashState);
        }
        catch (FormatException e)
        {
            throw new IOException($"the checkpoint's hash of {FileName} is damaged: {e.Message}", e);
        }
        if (hash.Length != mark.Length)
            throw new IOException($"the checkpoint's hash of {FileName} covers {hash.Length} bytes, its mark {mark.Length}");
        return hash;
    }
}
