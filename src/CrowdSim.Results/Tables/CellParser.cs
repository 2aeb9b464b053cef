using CrowdSim.Results.Csv;

namespace CrowdSim.Results.Tables;

/// <summary>Reads a CSV field as a value; false when its text is not one.</summary>
public delegate bool CellParser<T>(CsvField field, out T value);
