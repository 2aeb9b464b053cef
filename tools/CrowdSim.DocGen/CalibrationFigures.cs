using System.Text;

namespace CrowdSim.DocGen;

/// <summary>
/// Reads figures.csv (RFC 4180: comma-separated, fields with commas or quotes in double quotes,
/// a quote inside written twice). The table lives at data/calibration/figures.csv and is copied
/// beside the generator's assembly when it is built, so the validation document can be regenerated
/// from a clean clone.
/// </summary>
internal static class CalibrationFigures
{
    private static readonly string[] Header = ["id", "quantity", "value", "unit", "population_year", "source", "confidence"];

    /// <summary>The calibration table, from the repository's root.</summary>
    public const string RelativePath = "data/calibration/figures.csv";

    /// <summary>The copy of figures.csv beside the generator's assembly.</summary>
    public static string BuiltCopy => Path.Combine(AppContext.BaseDirectory, "figures.csv");

    /// <summary>The figures of the calibration table (as built), in file order.</summary>
    public static IReadOnlyList<CalibrationFigure> Load() => Parse(File.ReadAllText(BuiltCopy));

    /// <summary>Parses figures.csv text; the header must be the expected one, and ids unique.</summary>
    public static IReadOnlyList<CalibrationFigure> Parse(string text)
    {
        var rows = Rows(text).Where(r => r.Count > 1 || r[0].Length > 0).ToList();
        if (rows.Count == 0 || !rows[0].SequenceEqual(Header, StringComparer.Ordinal))
            throw new FormatException($"figures.csv: expected the header {string.Join(",", Header)}");
        var figures = new List<CalibrationFigure>();
        for (var i = 1; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.Count != Header.Length)
                throw new FormatException($"figures.csv row {i + 1}: expected {Header.Length} fields, got {r.Count}");
            if (figures.Any(f => f.Id == r[0]))
                throw new FormatException($"figures.csv row {i + 1}: duplicate id '{r[0]}'");
            figures.Add(new CalibrationFigure(r[0], r[1], r[2], r[3], r[4], r[5], r[6]));
        }
        return figures;
    }

    private static List<List<string>> Rows(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                    field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"')
                    field.Append(text[++i]);
                else
                    quoted = false;
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (quoted)
            throw new FormatException("figures.csv: a quoted field is not closed");
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }
        return rows;
    }
}
