namespace CrowdSim.Results.Run;

/// <summary>One row of tasks.parquet: a step in a posted task's life (columns in <see cref="TaskEventsTable"/>).</summary>
public readonly record struct TaskEventRow(long TaskId, string Event, double Hours, string Platform, string TaskType, string Lab, string? Vendor, int? WorkerId, double PayUsd);
