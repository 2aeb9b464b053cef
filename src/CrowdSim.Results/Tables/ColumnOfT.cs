using CrowdSim.Results.Csv;
using nietras.SeparatedValues;

namespace CrowdSim.Results.Tables;

/// <summary>A column whose values are of type <typeparamref name="T"/>, read from a row by <see cref="Value"/>.</summary>
public sealed class Column<TRow, T> : Column<TRow>
{
    private readonly CellFormat<T> _cell;

    public Column(string name, string description, CellFormat<T> cell, Func<TRow, T> value)
        : base(name, cell.Type, cell.Nullable, description)
    {
        _cell = cell;
        Value = value;
    }

    /// <summary>The row's value in this column.</summary>
    public Func<TRow, T> Value { get; }

    public override string Format(TRow row) => _cell.Format(Value(row));

    internal override void WriteTo(TRow row, SepWriter.Col col)
    {
        if (_cell.WriteTo is { } write)
            write(col, Value(row));
        else
            col.Set(_cell.Format(Value(row)));
    }

    /// <summary>The value of a field; false when its text is not a value of this column.</summary>
    public bool TryParse(CsvField field, out T value) => _cell.TryParse(field, out value);
}
