namespace CrowdSim.Model.Labs;

/// <summary>
/// A project a lab started in a tick: a Pareto-sized launch or a one-off batch from a surge event.
/// Workers never learn which lab they serve; a code name is all they see.
/// </summary>
/// <param name="NameSeed">Drawn from the launch's own random stream; the results turn it into a code name such as
/// "Glue Swimsuit" (CrowdSim.Results.Naming.ProjectNames), so the model needs no word lists.</param>
/// <param name="Lab">Index of the lab.</param>
/// <param name="TaskType">Task type index.</param>
/// <param name="AtMs">When the whole batch was created.</param>
/// <param name="Tasks">Tasks created by the project (some may be automated and never posted).</param>
/// <param name="Kind"><see cref="LaunchKind"/> for a Pareto launch, <see cref="BatchKind"/> for a surge batch.</param>
public sealed record ProjectLaunch(int NameSeed, int Lab, int TaskType, long AtMs, int Tasks, string Kind)
{
    /// <summary>Kind of a project launch drawn from the line's Pareto launch process.</summary>
    public const string LaunchKind = "launch";

    /// <summary>Kind of a one-off batch posted by a task-surge event.</summary>
    public const string BatchKind = "batch";
}
