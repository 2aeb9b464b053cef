namespace CrowdSim.Reporting.Reading;

/// <summary>A region of the scenario: its id and local minimum wage (null when the scenario file is missing).</summary>
internal sealed record RegionInfo(string Id, double? MinimumWageUsd);
