using Parquet;
using Parquet.Schema;

namespace CrowdSim.Runs.Output.Parquet;

/// <summary>
/// A Parquet file written from rows, a row group at a time: rows are buffered and written out as a
/// row group whenever the buffer is full (and on <see cref="Flush"/>), so a long run never holds
/// its whole history in memory. Disposing writes the file's footer; so does a checkpoint, after
/// which row groups are appended (Parquet.Net's append mode) until the next footer.
/// </summary>
/// <typeparam name="TRow">What a row is made from.</typeparam>
internal sealed class ParquetRowFile<TRow> : IDisposable
{
    /// <summary>Rows per row group unless told otherwise: a few megabytes of buffer, large enough for readers to scan quickly.</summary>
    public const int DefaultRowGroupRows = 100_000;

    private readonly IReadOnlyList<ParquetColumn<TRow>> _columns;
    private readonly int _rowGroupRows;
    private readonly List<TRow> _buffer;
    private readonly FileStream _file;
    private readonly ParquetSchema _schema;
    private readonly ParquetOptions _options;
    private ParquetWriter? _writer;
    private bool _hasFooter;

    /// <param name="resume">Open the file a checkpointed run left (it must be rewound to its mark before use) instead of creating it.</param>
    public ParquetRowFile(string path, IReadOnlyList<ParquetColumn<TRow>> columns, int rowGroupRows = DefaultRowGroupRows, bool resume = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupRows, 1);
        _columns = columns;
        _rowGroupRows = rowGroupRows;
        _buffer = new List<TRow>(Math.Min(rowGroupRows, 1 << 16));
        _schema = new ParquetSchema(columns.Select(c => c.Field));
        _options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        foreach (var column in columns.Where(c => c.DictionaryEncoded))
            _options.ColumnEncodingHints[column.Field.Path.ToString()] = EncodingHint.Dictionary;
        _file = new FileStream(path, resume ? FileMode.Open : FileMode.Create, FileAccess.ReadWrite, FileShare.Read, bufferSize: 1 << 16);
        if (resume)
            return;
        try
        {
            Writer();
        }
        catch
        {
            _file.Dispose();
            throw;
        }
    }

    /// <summary>The file's name.</summary>
    public string FileName => Path.GetFileName(_file.Name);

    /// <summary>Rows added by this process, buffered ones included.</summary>
    public long Rows { get; private set; }

    /// <summary>Adds a row, writing a row group when the buffer is full.</summary>
    public void Add(TRow row)
    {
        _buffer.Add(row);
        Rows++;
        if (_buffer.Count >= _rowGroupRows)
            Flush();
    }

    /// <summary>Writes the buffered rows (if any) as a row group.</summary>
    public void Flush()
    {
        if (_buffer.Count == 0)
            return;
        using (var group = Writer().CreateRowGroup())
        {
            Blocking(async () =>
            {
                foreach (var column in _columns)
                    await column.WriteAsync(group, _buffer);
                return true;
            });
            group.CompleteValidate();
        }
        _buffer.Clear();
    }

    /// <summary>
    /// Writes the buffered rows and the footer, so the file on disk is a complete Parquet file, and
    /// returns its length and footer. Later rows are appended as new row groups.
    /// </summary>
    public OutputMark Checkpoint()
    {
        Flush();
        Close();
        _file.Flush(flushToDisk: true);
        return new OutputMark(FileName, _file.Length, Footer());
    }

    /// <summary>Puts the file back as it was at <paramref name="mark"/>: its row groups then, and its footer then.</summary>
    public void Rewind(OutputMark mark)
    {
        _buffer.Clear();
        if (_writer is not null)
            Close();
        var body = mark.Length - mark.Footer.Length;
        if (mark.Footer.Length < 12 || _file.Length < body)
            throw new IOException($"{Path.GetFileName(_file.Name)} does not match its checkpoint (expected at least {body} bytes, found {_file.Length})");
        _file.SetLength(body);
        _file.Seek(0, SeekOrigin.End);
        _file.Write(mark.Footer);
        _file.Flush(flushToDisk: true);
        _hasFooter = true;
    }

    public void Dispose()
    {
        try
        {
            if (_writer is not null || !_hasFooter)
                Close();
        }
        finally
        {
            _file.Dispose();
        }
    }

    // Opens the writer: a new file, or an append after the footer of a checkpointed one.
    private ParquetWriter Writer() =>
        _writer ??= Blocking(() => ParquetWriter.CreateAsync(_schema, _file, _options, append: _hasFooter));

    // Writes the footer (a file no row was added to gets an empty one).
    private void Close()
    {
        var writer = Writer();
        _writer = null;
        Blocking(async () =>
        {
            await writer.DisposeAsync();
            return true;
        });
        _hasFooter = true;
    }

    // A Parquet file ends with its metadata, the metadata's length (4 bytes) and "PAR1".
    private byte[] Footer()
    {
        Span<byte> tail = stackalloc byte[8];
        _file.Seek(-8, SeekOrigin.End);
        _file.ReadExactly(tail);
        var metadata = BitConverter.ToInt32(tail[..4]);
        var footer = new byte[metadata + 8];
        _file.Seek(-footer.Length, SeekOrigin.End);
        _file.ReadExactly(footer);
        _file.Seek(0, SeekOrigin.End);
        return footer;
    }

    // Outputs are written synchronously (ITickOutput); Parquet.Net is async only. Running the
    // calls on the thread pool keeps them clear of any synchronization context (a test runner's).
    private static T Blocking<T>(Func<Task<T>> call) => Task.Run(call).GetAwaiter().GetResult();
}
