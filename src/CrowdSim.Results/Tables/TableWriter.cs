using CrowdSim.Results.Csv;

namespace CrowdSim.Results.Tables;

/// <summary>Writes rows of a table as CSV, a field per declared column.</summary>
public sealed class TableWriter<TRow> : IDisposable
{
    private readonly Column<TRow>[] _columns;
    private readonly CsvWriter _csv;

    internal TableWriter(Table<TRow> table, CsvWriter csv)
    {
        _columns = [.. table.Columns];
        _csv = csv;
    }

    public void Write(TRow row)
    {
        using var fields = _csv.Target.NewRow();
        for (var i = 0; i < _columns.Length; i++)
            _columns[i].WriteTo(row, fields[i]);
    }

    /// <summary>Writes what is buffered through to the underlying text writer, and flushes that.</summary>
    public void Flush() => _csv.Flush();

    public void Dispose() => _csv.Dispose();
}
