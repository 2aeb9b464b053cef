using Parquet;
using Parquet.Schema;

namespace CrowdSim.Runs.Output.Parquet;

/// <summary>
/// A Parquet file written from rows, a row group at a time: rows are buffered and written out as a
/// row group whenever the buffer is full (and on <see cref="Flush"/>), so a long run never holds
/// its whole history in memory. Disposing writes the file's footer.
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
    private readonly ParquetWriter _writer;

    public ParquetRowFile(string path, IReadOnlyList<ParquetColumn<TRow>> columns, int rowGroupRows = DefaultRowGroupRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupRows, 1);
        _columns = columns;
        _rowGroupRows = rowGroupRows;
        _buffer = new List<TRow>(Math.Min(rowGroupRows, 1 << 16));
        var schema = new ParquetSchema(columns.Select(c => c.Field));
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        foreach (var column in columns.Where(c => c.DictionaryEncoded))
            options.ColumnEncodingHints[column.Field.Path.ToString()] = EncodingHint.Dictionary;
        _file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Read, bufferSize: 1 << 16);
        try
        {
            _writer = Blocking(() => ParquetWriter.CreateAsync(schema, _file, options));
        }
        catch
        {
            _file.Dispose();
            throw;
        }
    }

    /// <summary>Rows written so far, buffered ones included.</summary>
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
        using (var group = _writer.CreateRowGroup())
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

    public void Dispose()
    {
        try
        {
            Blocking(async () =>
            {
                await _writer.DisposeAsync();
                return true;
            });
        }
        finally
        {
            _file.Dispose();
        }
    }

    // Outputs are written synchronously (ITickOutput); Parquet.Net is async only. Running the
    // calls on the thread pool keeps them clear of any synchronization context (a test runner's).
    private static T Blocking<T>(Func<Task<T>> call) => Task.Run(call).GetAwaiter().GetResult();
}
