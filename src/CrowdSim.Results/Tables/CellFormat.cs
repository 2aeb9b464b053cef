namespace CrowdSim.Results.Tables;

/// <summary>How a value of type <typeparamref name="T"/> is written into a CSV field and read back; null is an empty field.</summary>
/// <param name="Type">The column type.</param>
/// <param name="Nullable">Whether the value may be null (an empty field).</param>
/// <param name="Format">The field's text.</param>
/// <param name="TryParse">The value of a field's text, or false when the text is not one.</param>
public sealed record CellFormat<T>(ColumnType Type, bool Nullable, Func<T, string> Format, CellParser<T> TryParse);
