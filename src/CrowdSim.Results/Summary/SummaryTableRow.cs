namespace CrowdSim.Results.Summary;

/// <summary>A row of a <see cref="SummaryTable"/>: a cell per column; a total row is set apart.</summary>
public sealed record SummaryTableRow(IReadOnlyList<string> Cells, bool Total = false);
