namespace CrowdSim.Model.Scenario;

/// <summary>An AI lab buying annotation work.</summary>
/// <param name="Id">Identifier used in the scenario file.</param>
/// <param name="UtcOffsetMinutes">The lab's local time minus UTC; its demand follows its working day.</param>
/// <param name="Demand">One line per task type and channel.</param>
public sealed record LabSpec(string Id, int UtcOffsetMinutes, IReadOnlyList<DemandSpec> Demand);
