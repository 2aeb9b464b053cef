namespace CrowdSim.Experiments;

/// <summary>An experiment's results, cell by cell, and whether it was stopped before the end.</summary>
public sealed record ExperimentResult(ExperimentRequest Request, IReadOnlyList<CellResult> Cells, bool Cancelled, double WallSeconds);
