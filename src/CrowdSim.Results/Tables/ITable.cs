namespace CrowdSim.Results.Tables;

/// <summary>What a table is, whatever its row: its file and its columns in order.</summary>
public interface ITable
{
    /// <summary>The file's name in its folder.</summary>
    string FileName { get; }

    IReadOnlyList<IColumn> Columns { get; }
}
