namespace CrowdSim.Results.Tables;

/// <summary>The type of a column's values, in CSV text and in Parquet.</summary>
public enum ColumnType
{
    /// <summary>A 32-bit integer.</summary>
    Int32,

    /// <summary>A 64-bit integer.</summary>
    Int64,

    /// <summary>A double, written in shortest round-trip form.</summary>
    Double,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>Text: an id, a name or a word from a fixed list.</summary>
    Text,
}
