namespace CrowdSim.Results.Tables;

/// <summary>Reads a CSV field's text as a value; false when the text is not one.</summary>
public delegate bool CellParser<T>(string text, out T value);
