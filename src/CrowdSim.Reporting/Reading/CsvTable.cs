using System.Globalization;

namespace CrowdSim.Reporting.Reading;

/// <summary>
/// A small CSV file read whole, with columns found by header name. CrowdSim's files never quote
/// a cell (ids and names hold no commas), so a line splits on every comma.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string path, Dictionary<string, int> columns, IReadOnlyList<string[]> rows)
    {
        Path = path;
        _columns = columns;
        Rows = rows;
    }

    public string Path { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public static CsvTable Read(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine() ?? throw new ReportInputException($"{path} is empty");
        var columns = header.Split(',').Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
                rows.Add(line.Split(','));
        }
        return new CsvTable(path, columns, rows);
    }

    /// <summary>The index of a column; fails with the file's name if there is none.</summary>
    public int Column(string name) =>
        _columns.TryGetValue(name, out var index) ? index : throw new ReportInputException($"{Path} has no column '{name}'");

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    public static double? Number(string[] row, int column) =>
        column < row.Length && row[column].Length > 0 ? ParseNumber(row[column]) : null;

    public static double ParseNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ReportInputException($"'{text}' is not a number");
}
