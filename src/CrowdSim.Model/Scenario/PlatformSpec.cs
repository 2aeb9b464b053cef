namespace CrowdSim.Model.Scenario;

/// <summary>A platform holding queues of open tasks.</summary>
/// <param name="Id">Identifier used in the scenario file.</param>
/// <param name="Kind">Open marketplace or managed crowd.</param>
/// <param name="FeeShare">Fee charged on top of the worker's pay, as a share of that pay.</param>
public sealed record PlatformSpec(string Id, PlatformKind Kind, double FeeShare)
{
    /// <summary>Whether the platform notifies members of new work from the start (else they poll).</summary>
    public bool Notifications { get; init; }

    /// <summary>How notifications reach members when they are on: pushed alerts of new work (null: notifications only spare workers empty checks).</summary>
    public PushSpec? Push { get; init; }

    /// <summary>Deactivation of workers with too many rejections, or null for none.</summary>
    public DeactivationSpec? Deactivation { get; init; }

    /// <summary>How crowd workers find work here (issue 15): perfect information by default, or a listing.</summary>
    public SearchSpec Search { get; init; } = SearchSpec.Perfect;
}
