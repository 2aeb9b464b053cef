using CrowdSim.Results.Tables;
using Parquet.Schema;

namespace CrowdSim.Runs.Output.Parquet;

/// <summary>Parquet columns by type and name, each reading its value from a row; made from a results table's declared columns.</summary>
internal static class ParquetColumns
{
    /// <summary>The Parquet column of a declared column: the same name, its type, nullable as declared.</summary>
    public static ParquetColumn<TRow> Of<TRow>(Column<TRow> column) => column switch
    {
        Column<TRow, int> c => Int32(c.Name, c.Value),
        Column<TRow, long> c => Int64(c.Name, c.Value),
        Column<TRow, double> c => Double(c.Name, c.Value),
        Column<TRow, bool> c => Boolean(c.Name, c.Value),
        Column<TRow, int?> c => NullableInt32(c.Name, c.Value),
        Column<TRow, double?> c => NullableDouble(c.Name, c.Value),
        Column<TRow, string> c => Text(c.Name, c.Nullable, c.Value),
        _ => throw new NotSupportedException($"column {column.Name}: no Parquet type for {column.GetType()}"),
    };

    private static ParquetColumn<TRow> Int32<TRow>(string name, Func<TRow, int> read) => Required(name, read);

    private static ParquetColumn<TRow> Int64<TRow>(string name, Func<TRow, long> read) => Required(name, read);

    private static ParquetColumn<TRow> Double<TRow>(string name, Func<TRow, double> read) => Required(name, read);

    private static ParquetColumn<TRow> Boolean<TRow>(string name, Func<TRow, bool> read) => Required(name, read);

    private static ParquetColumn<TRow> NullableInt32<TRow>(string name, Func<TRow, int?> read) => Optional(name, read);

    private static ParquetColumn<TRow> NullableDouble<TRow>(string name, Func<TRow, double?> read) => Optional(name, read);

    private static ParquetColumn<TRow> Required<TRow, T>(string name, Func<TRow, T> read)
        where T : struct
    {
        var field = new DataField<T>(name);
        return new(field, DictionaryEncoded: false, (group, rows) => group.WriteAsync<T>(field, Project(rows, read)));
    }

    private static ParquetColumn<TRow> Optional<TRow, T>(string name, Func<TRow, T?> read)
        where T : struct
    {
        var field = new DataField<T?>(name);
        return new(field, DictionaryEncoded: false, (group, rows) => group.WriteAsync<T>(field, Project(rows, read)));
    }

    // A UTF-8 string column, dictionary-encoded: every string column here is a category (ids, kinds, names).
    private static ParquetColumn<TRow> Text<TRow>(string name, bool nullable, Func<TRow, string?> read)
    {
        var field = new DataField<string>(name, nullable);
        return new(field, DictionaryEncoded: true, (group, rows) => group.WriteAsync(field, Project(rows, read)));
    }

    private static T[] Project<TRow, T>(IReadOnlyList<TRow> rows, Func<TRow, T> read)
    {
        var values = new T[rows.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = read(rows[i]);
        return values;
    }
}
