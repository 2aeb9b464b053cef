namespace CrowdSim.Results.Tables;

/// <summary>
/// Declares the columns of a table of <typeparamref name="TRow"/>, by type. A table keeps one:
/// <c>private static readonly Columns&lt;WorkerRow&gt; C = new();</c> then <c>C.Int32("workerId", "...", w =&gt; w.WorkerId)</c>.
/// </summary>
public sealed class Columns<TRow>
{
    public Column<TRow, int> Int32(string name, string description, Func<TRow, int> value) => new(name, description, CellFormats.Int32, value);

    public Column<TRow, long> Int64(string name, string description, Func<TRow, long> value) => new(name, description, CellFormats.Int64, value);

    public Column<TRow, double> Double(string name, string description, Func<TRow, double> value) => new(name, description, CellFormats.Double, value);

    public Column<TRow, bool> Boolean(string name, string description, Func<TRow, bool> value) => new(name, description, CellFormats.Boolean, value);

    public Column<TRow, string> Text(string name, string description, Func<TRow, string> value) => new(name, description, CellFormats.Text, value);

    public Column<TRow, int?> NullableInt32(string name, string description, Func<TRow, int?> value) => new(name, description, CellFormats.NullableInt32, value);

    /// <param name="optional">Whether files written before the column existed may lack it (read as null).</param>
    public Column<TRow, double?> NullableDouble(string name, string description, Func<TRow, double?> value, bool optional = false) =>
        new(name, description, CellFormats.NullableDouble, value) { Optional = optional };

    public Column<TRow, string?> NullableText(string name, string description, Func<TRow, string?> value) => new(name, description, CellFormats.NullableText, value);
}
