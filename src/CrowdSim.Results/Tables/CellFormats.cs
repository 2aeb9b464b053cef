namespace CrowdSim.Results.Tables;

/// <summary>The cell formats of every column type, written with <see cref="Invariant"/>.</summary>
public static class CellFormats
{
    public static readonly CellFormat<int> Int32 = new(ColumnType.Int32, false, v => Invariant.Format(v), Invariant.TryParse);

    public static readonly CellFormat<long> Int64 = new(ColumnType.Int64, false, Invariant.Format, Invariant.TryParse);

    public static readonly CellFormat<double> Double = new(ColumnType.Double, false, Invariant.Format, Invariant.TryParse);

    public static readonly CellFormat<bool> Boolean = new(ColumnType.Boolean, false, Invariant.Format, Invariant.TryParse);

    public static readonly CellFormat<string> Text = new(ColumnType.Text, false, v => v, ParseText);

    public static readonly CellFormat<int?> NullableInt32 = new(ColumnType.Int32, true, v => Invariant.Format(v), Nullable<int>(Invariant.TryParse));

    public static readonly CellFormat<double?> NullableDouble = new(ColumnType.Double, true, Invariant.Format, Nullable<double>(Invariant.TryParse));

    public static readonly CellFormat<string?> NullableText = new(ColumnType.Text, true, v => v ?? "", ParseNullableText);

    private static bool ParseText(string text, out string value)
    {
        value = text;
        return true;
    }

    private static bool ParseNullableText(string text, out string? value)
    {
        value = text.Length == 0 ? null : text;
        return true;
    }

    private static CellParser<T?> Nullable<T>(CellParser<T> parse)
        where T : struct =>
        (string text, out T? value) =>
        {
            value = null;
            if (text.Length == 0)
                return true;
            if (!parse(text, out var parsed))
                return false;
            value = parsed;
            return true;
        };
}
