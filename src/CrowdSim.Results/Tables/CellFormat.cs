using nietras.SeparatedValues;

namespace CrowdSim.Results.Tables;

/// <summary>How a value of type <typeparamref name="T"/> is written into a CSV field and read back; null is an empty field.</summary>
/// <param name="Type">The column type.</param>
/// <param name="Nullable">Whether the value may be null (an empty field).</param>
/// <param name="Format">The field's text.</param>
/// <param name="TryParse">The value of a field, or false when its text is not one.</param>
public sealed record CellFormat<T>(ColumnType Type, bool Nullable, Func<T, string> Format, CellParser<T> TryParse)
{
    /// <summary>Writes the value into a field without making a string of it (numbers); the same text as <see cref="Format"/>.</summary>
    internal SepWriter.ColAction<T>? WriteTo { get; init; }
}
