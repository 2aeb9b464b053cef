namespace CrowdSim.Results.Tables;

/// <summary>
/// A column of a results table, declared once: its name, type, whether it may be empty (null)
/// and what it means. The CSV writer and reader, the Parquet writer and results/README.md all
/// take their columns from these declarations.
/// </summary>
/// <typeparam name="TRow">The table's row.</typeparam>
public abstract class Column<TRow> : IColumn
{
    private protected Column(string name, ColumnType type, bool nullable, string description)
    {
        Name = name;
        Type = type;
        Nullable = nullable;
        Description = description;
    }

    public string Name { get; }

    public ColumnType Type { get; }

    public bool Nullable { get; }

    public string Description { get; }

    /// <summary>
    /// Whether the column may be missing from a file being read, which then reads as empty (null):
    /// for a nullable column added to a table after files without it were written.
    /// </summary>
    public bool Optional { get; init; }

    /// <summary>The column's place in its table (set once, when the table is declared).</summary>
    internal int Ordinal { get; set; } = -1;

    /// <summary>The row's field in CSV text.</summary>
    public abstract string Format(TRow row);

    /// <summary>Writes the row's field into a CSV row being written (the text of <see cref="Format"/>).</summary>
    internal abstract void WriteTo(TRow row, nietras.SeparatedValues.SepWriter.Col col);
}
