using CrowdSim.Results.Csv;

namespace CrowdSim.Results.Tables;

/// <summary>
/// A results table declared once: its file, its columns in order, and how a row is made from
/// the columns' values when the file is read. Writing and reading go through the one CSV writer
/// and reader (RFC 4180); the Parquet writer takes the same columns.
/// </summary>
/// <typeparam name="TRow">One row.</typeparam>
public sealed class Table<TRow> : ITable
{
    private readonly Func<TableRecord<TRow>, TRow> _read;

    /// <param name="fileName">The CSV file's name in its folder (for a Parquet-only table, the Parquet file's).</param>
    /// <param name="columns">The columns, in file order.</param>
    /// <param name="read">Makes a row from the values of the columns (<see cref="TableRecord{TRow}.Get"/>).</param>
    public Table(string fileName, IReadOnlyList<Column<TRow>> columns, Func<TableRecord<TRow>, TRow> read)
    {
        FileName = fileName;
        Columns = columns;
        Header = [.. columns.Select(c => c.Name)];
        _read = read;
        if (Header.Distinct(StringComparer.Ordinal).Count() != Header.Count)
            throw new ArgumentException($"{fileName}: two columns share a name", nameof(columns));
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Ordinal >= 0)
                throw new ArgumentException($"{fileName}: column {columns[i].Name} already belongs to a table", nameof(columns));
            columns[i].Ordinal = i;
        }
    }

    public string FileName { get; }

    public IReadOnlyList<Column<TRow>> Columns { get; }

    IReadOnlyList<IColumn> ITable.Columns => Columns;

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The header line of the CSV file (without its line end).</summary>
    public string HeaderLine => string.Join(',', Header);

    /// <summary>A writer of rows into <paramref name="text"/> (disposed with it), starting with the header unless appending.</summary>
    public TableWriter<TRow> Writer(TextWriter text, bool writeHeader = true) => new(this, new CsvWriter(text, Header, writeHeader));

    /// <summary>Writes the whole table into <paramref name="path"/>, atomically.</summary>
    public void Write(string path, IEnumerable<TRow> rows) => AtomicFile.Write(path, stream =>
    {
        using var writer = Writer(ResultText.Over(stream));
        foreach (var row in rows)
            writer.Write(row);
    });

    /// <summary>The rows of the CSV file at <paramref name="path"/>, read as they are enumerated.</summary>
    /// <exception cref="ResultFileException">The file is missing, lacks a column, or a field is not a value of its column (<c>file:line: problem</c>).</exception>
    public IEnumerable<TRow> Read(string path)
    {
        using var reader = CsvReader.Open(path);
        foreach (var row in Read(reader))
            yield return row;
    }

    /// <summary>The rows that <paramref name="reader"/> has left.</summary>
    public IEnumerable<TRow> Read(CsvReader reader)
    {
        var record = new TableRecord<TRow>(reader, Columns);
        while (reader.Read())
            yield return _read(record);
    }
}
