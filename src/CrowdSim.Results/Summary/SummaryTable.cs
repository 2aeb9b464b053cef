namespace CrowdSim.Results.Summary;

/// <summary>A small table of figures, already formatted: a title, the column heads, the rows and a note on what they mean.</summary>
public sealed record SummaryTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<SummaryTableRow> Rows, string Caption);
