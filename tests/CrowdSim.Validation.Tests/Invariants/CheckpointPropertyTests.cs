using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Randomness;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using static CrowdSim.Testing.SimulationRuns;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>
/// A run checkpointed at any tick barrier and resumed in a new simulation gives exactly the
/// uninterrupted run (docs/ARCHITECTURE.md, "Determinism"): every later report (with the task log),
/// the worker records, the waits and the state at the end. The checkpoint tick is drawn from the
/// scenario's seed, anywhere from tick 0 to the last.
/// </summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class CheckpointPropertyTests
{
    private const int Cases = 100;

    [Fact]
    public void Resume_FromAnyTick_GivesTheUninterruptedRun() => GeneratedCases.Check(Cases, stream: 71, (spec, label) =>
    {
        var checkpoint = CheckpointTick(spec);
        var uninterrupted = New(spec);
        var reports = RunTo(uninterrupted, spec.Ticks);

        var before = New(spec);
        RunTo(before, checkpoint);
        var resumed = New(spec);
        StateReader.FromBytes(StateWriter.ToBytes(before.Save), resumed.Restore);
        var after = RunTo(resumed, spec.Ticks);

        for (var t = checkpoint; t < spec.Ticks; t++)
        {
            if (reports[t] != after[t - checkpoint])
                Assert.Fail($"{label}, resumed at tick {checkpoint}: tick {t} differs");
        }
        // Qualified: inside CrowdSim.*, a bare `Results` names the CrowdSim.Results namespace.
        if (SimulationRuns.Results(uninterrupted) != SimulationRuns.Results(resumed))
            Assert.Fail($"{label}, resumed at tick {checkpoint}: the worker records, waits or totals differ");
        if (!StateWriter.ToBytes(uninterrupted.Save).AsSpan().SequenceEqual(StateWriter.ToBytes(resumed.Save)))
            Assert.Fail($"{label}, resumed at tick {checkpoint}: the state at the end differs");
    });

    /// <summary>A tick from 0 to the last, spread by the scenario's seed.</summary>
    private static int CheckpointTick(ScenarioSpec spec) => (int)(SplitMix64.At(0, spec.Seed + 1) % (ulong)spec.Ticks);

    private static LocalSimulation New(ScenarioSpec spec) => new(spec, InvariantRun.WorkersPerCohort, recordTaskEvents: true);
}
