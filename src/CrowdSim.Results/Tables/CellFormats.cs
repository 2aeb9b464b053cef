using CrowdSim.Results.Csv;
using nietras.SeparatedValues;

namespace CrowdSim.Results.Tables;

/// <summary>The cell formats of every column type, written and read with <see cref="Invariant"/>.</summary>
public static class CellFormats
{
    public static readonly CellFormat<int> Int32 = new(ColumnType.Int32, false, v => Invariant.Format(v), (CsvField f, out int v) => Invariant.TryParse(f.Span, out v))
    {
        WriteTo = (col, v) => col.Format(v),
    };

    public static readonly CellFormat<long> Int64 = new(ColumnType.Int64, false, Invariant.Format, (CsvField f, out long v) => Invariant.TryParse(f.Span, out v))
    {
        WriteTo = (col, v) => col.Format(v),
    };

    public static readonly CellFormat<double> Double = new(ColumnType.Double, false, Invariant.Format, (CsvField f, out double v) => Invariant.TryParse(f.Span, out v))
    {
        WriteTo = (col, v) => col.Format(Invariant.Unsigned(v), Invariant.DoubleFormat),
    };

    public static readonly CellFormat<bool> Boolean = new(ColumnType.Boolean, false, Invariant.Format, (CsvField f, out bool v) => Invariant.TryParse(f.Span, out v));

    public static readonly CellFormat<string> Text = new(ColumnType.Text, false, v => v, ParseText);

    public static readonly CellFormat<int?> NullableInt32 = new(ColumnType.Int32, true, v => Invariant.Format(v), Nullable(Int32.TryParse));

    public static readonly CellFormat<double?> NullableDouble = new(ColumnType.Double, true, Invariant.Format, Nullable(Double.TryParse))
    {
        WriteTo = WriteNullable<double>((col, v) => col.Format(Invariant.Unsigned(v), Invariant.DoubleFormat)),
    };

    public static readonly CellFormat<string?> NullableText = new(ColumnType.Text, true, v => v ?? "", ParseNullableText);

    private static SepWriter.ColAction<T?> WriteNullable<T>(SepWriter.ColAction<T> write)
        where T : struct =>
        (col, value) =>
        {
            if (value is { } v)
                write(col, v);
            else
                col.Set("");
        };

    private static bool ParseText(CsvField field, out string value)
    {
        value = field.ToString();
        return true;
    }

    private static bool ParseNullableText(CsvField field, out string? value)
    {
        value = field.Span.Length == 0 ? null : field.ToString();
        return true;
    }

    private static CellParser<T?> Nullable<T>(CellParser<T> parse)
        where T : struct =>
        (CsvField field, out T? value) =>
        {
            value = null;
            if (field.Span.Length == 0)
                return true;
            if (!parse(field, out var parsed))
                return false;
            value = parsed;
            return true;
        };
}
