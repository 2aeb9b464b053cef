namespace CrowdSim.Model.Scenario;

/// <summary>Automating this demand line's work creates demand for harder work: <paramref name="TasksPerAutomated"/> new tasks of <paramref name="TaskType"/> per automated task.</summary>
public sealed record SpilloverSpec(string TaskType, double TasksPerAutomated);
