using CrowdSim.Results.Csv;

namespace CrowdSim.Results.Tables;

/// <summary>Writes rows of a table as CSV, a field per declared column.</summary>
public sealed class TableWriter<TRow> : IDisposable
{
    private readonly Table<TRow> _table;
    private readonly CsvWriter _csv;
    private readonly string[] _fields;

    internal TableWriter(Table<TRow> table, CsvWriter csv)
    {
        _table = table;
        _csv = csv;
        _fields = new string[table.Columns.Count];
    }

    public void Write(TRow row)
    {
        var columns = _table.Columns;
        for (var i = 0; i < _fields.Length; i++)
            _fields[i] = columns[i].Format(row);
        _csv.WriteRow(_fields);
    }

    /// <summary>Writes what is buffered through to the underlying text writer, and flushes that.</summary>
    public void Flush() => _csv.Flush();

    public void Dispose() => _csv.Dispose();
}
