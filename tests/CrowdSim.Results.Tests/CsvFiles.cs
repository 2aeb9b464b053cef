using CrowdSim.Results.Csv;
using CrowdSim.Results.Tables;

namespace CrowdSim.Results.Tests;

/// <summary>Tables written to and read from text in memory, through the same writer and reader as the files.</summary>
internal static class CsvFiles
{
    public static string Write<TRow>(Table<TRow> table, IEnumerable<TRow> rows)
    {
        var text = new StringWriter { NewLine = "\n" };
        using (var writer = table.Writer(text))
        {
            foreach (var row in rows)
                writer.Write(row);
        }
        return text.ToString();
    }

    public static TRow[] Read<TRow>(Table<TRow> table, string csv, string name = "test.csv")
    {
        using var reader = CsvReader.From(new StringReader(csv), name);
        return [.. table.Read(reader)];
    }
}
