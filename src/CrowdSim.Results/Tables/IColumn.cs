namespace CrowdSim.Results.Tables;

/// <summary>What a column is, whatever its table: name, type, whether it may be empty, meaning.</summary>
public interface IColumn
{
    /// <summary>The column's name in the header (and in Parquet).</summary>
    string Name { get; }

    ColumnType Type { get; }

    /// <summary>Whether the value may be null: an empty CSV field, a Parquet null.</summary>
    bool Nullable { get; }

    /// <summary>What the column holds, for results/README.md (Markdown).</summary>
    string Description { get; }
}
