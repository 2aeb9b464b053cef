using CrowdSim.Model.Scenario;

namespace CrowdSim.Grains.Messages;

/// <summary>What every grain of a run is initialised with.</summary>
/// <param name="RunId">Names the run; every grain key of the run starts with it.</param>
/// <param name="Scenario">The validated scenario (seed included).</param>
/// <param name="WorkersPerGrain">How many workers each cohort grain holds.</param>
/// <param name="RecordTaskEvents">Whether platforms keep a per-task event log.</param>
[GenerateSerializer, Immutable]
public sealed record RunSetup(
    [property: Id(0)] string RunId,
    [property: Id(1)] ScenarioSpec Scenario,
    [property: Id(2)] int WorkersPerGrain,
    [property: Id(3)] bool RecordTaskEvents = false);
