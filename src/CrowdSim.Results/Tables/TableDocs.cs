using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CrowdSim.Results.Tables;

/// <summary>
/// The column tables of results/README.md, generated from the declared tables. The README marks
/// where each goes: <c>&lt;!-- columns FILE --&gt;</c>, the generated table, <c>&lt;!-- /columns --&gt;</c>;
/// everything outside the markers is prose and left as it is.
/// </summary>
public static partial class TableDocs
{
    /// <summary>A table's columns in Markdown: name, type (as in Parquet; <c>, nullable</c> when it may be empty) and meaning.</summary>
    public static string Markdown(ITable table)
    {
        var text = new StringBuilder("| column | type | meaning |\n|---|---|---|\n");
        foreach (var column in table.Columns)
            text.Append(CultureInfo.InvariantCulture, $"| `{column.Name}` | {TypeName(column)} | {column.Description} |\n");
        return text.ToString();
    }

    /// <summary>The README with every marked block replaced by the table it names.</summary>
    /// <exception cref="ArgumentException">A marker names no table in <paramref name="tables"/>.</exception>
    public static string Update(string readme, IReadOnlyList<ITable> tables) => Block().Replace(readme, match =>
    {
        var file = match.Groups["file"].Value;
        var table = tables.FirstOrDefault(t => t.FileName == file)
            ?? throw new ArgumentException($"the README marks columns of {file}, which is not a declared table", nameof(readme));
        return $"<!-- columns {file} -->\n{Markdown(table)}<!-- /columns -->";
    });

    /// <summary>The files whose columns the README marks, in order.</summary>
    public static IReadOnlyList<string> Marked(string readme) => [.. Block().Matches(readme).Select(m => m.Groups["file"].Value)];

    /// <summary>The type as the README names it: the Parquet type, with <c>, nullable</c>.</summary>
    public static string TypeName(IColumn column)
    {
        var type = column.Type switch
        {
            ColumnType.Int32 => "int32",
            ColumnType.Int64 => "int64",
            ColumnType.Double => "double",
            ColumnType.Boolean => "boolean",
            _ => "string",
        };
        return column.Nullable ? type + ", nullable" : type;
    }

    [GeneratedRegex(@"<!-- columns (?<file>[^ ]+) -->\n.*?<!-- /columns -->", RegexOptions.Singleline)]
    private static partial Regex Block();
}
