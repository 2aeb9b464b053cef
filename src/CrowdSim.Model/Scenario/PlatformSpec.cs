namespace CrowdSim.Model.Scenario;

/// <summary>A platform holding queues of open tasks.</summary>
/// <param name="Id">Identifier used in the scenario file.</param>
/// <param name="Kind">Open marketplace or managed crowd.</param>
/// <param name="FeeShare">Fee charged on top of the worker's pay, as a share of that pay.</param>
public sealed record PlatformSpec(string Id, PlatformKind Kind, double FeeShare);
