using CrowdSim.Results.Csv;

namespace CrowdSim.Results.Tables;

/// <summary>The current row of a table being read, by column: what a table's row constructor reads its values from.</summary>
public sealed class TableRecord<TRow>
{
    private readonly CsvReader _reader;
    private readonly int[] _fields;

    internal TableRecord(CsvReader reader, IReadOnlyList<Column<TRow>> columns)
    {
        _reader = reader;
        _fields = [.. columns.Select(c => c.Optional && !reader.HasColumn(c.Name) ? -1 : reader.Column(c.Name))];
    }

    /// <summary>The current row's value in <paramref name="column"/> (null for an optional column the file lacks).</summary>
    /// <exception cref="ResultFileException">The field is not a value of the column.</exception>
    public T Get<T>(Column<TRow, T> column)
    {
        if (_fields[column.Ordinal] < 0)
            return default!;
        var field = _reader[_fields[column.Ordinal]];
        if (column.TryParse(field, out var value))
            return value;
        throw _reader.Problem($"`{column.Name}`: expected {Expected(column)}, got '{field.ToString()}'");
    }

    private static string Expected(Column<TRow> column)
    {
        var type = column.Type switch
        {
            ColumnType.Int32 or ColumnType.Int64 => "an integer",
            ColumnType.Double => "a number",
            ColumnType.Boolean => "true or false",
            _ => "text",
        };
        return column.Nullable ? type + " or nothing" : type;
    }
}
