namespace CrowdSim.Results.Tables;

/// <summary>
/// A column of a results table, declared once: its name, type, whether it may be empty (null)
/// and what it means. The CSV writer and reader, the Parquet writer and results/README.md all
/// take their columns from these declarations.
/// </summary>
/// <typeparam name="TRow">The table's row.</typeparam>
public abstract class Column<TRow>
{
    private protected Column(string name, ColumnType type, bool nullable, string description)
    {
        Name = name;
        Type = type;
        Nullable = nullable;
        Description = description;
    }

    /// <summary>The column's name in the header (and in Parquet).</summary>
    public string Name { get; }

    public ColumnType Type { get; }

    /// <summary>Whether the value may be null: an empty CSV field, a Parquet null.</summary>
    public bool Nullable { get; }

    /// <summary>What the column holds, for results/README.md (Markdown).</summary>
    public string Description { get; }

    /// <summary>The row's field in CSV text.</summary>
    public abstract string Format(TRow row);
}
