using Parquet.Schema;

namespace CrowdSim.Runs.Output.Parquet;

/// <summary>Declares Parquet columns by type and name, each reading its value from a row.</summary>
internal static class ParquetColumns
{
    public static ParquetColumn<TRow> Int32<TRow>(string name, Func<TRow, int> read) => Required(name, read);

    public static ParquetColumn<TRow> Int64<TRow>(string name, Func<TRow, long> read) => Required(name, read);

    public static ParquetColumn<TRow> Double<TRow>(string name, Func<TRow, double> read) => Required(name, read);

    public static ParquetColumn<TRow> Boolean<TRow>(string name, Func<TRow, bool> read) => Required(name, read);

    public static ParquetColumn<TRow> NullableInt32<TRow>(string name, Func<TRow, int?> read) => Optional(name, read);

    public static ParquetColumn<TRow> NullableDouble<TRow>(string name, Func<TRow, double?> read) => Optional(name, read);

    /// <summary>A UTF-8 string column, dictionary-encoded: every string column here is a category (ids, kinds, names).</summary>
    public static ParquetColumn<TRow> String<TRow>(string name, Func<TRow, string> read) => Text(name, nullable: false, read);

    /// <summary>A dictionary-encoded UTF-8 string column that may hold nulls.</summary>
    public static ParquetColumn<TRow> NullableString<TRow>(string name, Func<TRow, string?> read) => Text(name, nullable: true, read);

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
