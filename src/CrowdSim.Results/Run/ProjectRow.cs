namespace CrowdSim.Results.Run;

/// <summary>One row of projects.csv: a project launch or one-off batch (columns in <see cref="ProjectsTable"/>).</summary>
public sealed record ProjectRow(int Tick, double Hours, string Lab, string TaskType, string CodeName, string Kind, int Tasks);
