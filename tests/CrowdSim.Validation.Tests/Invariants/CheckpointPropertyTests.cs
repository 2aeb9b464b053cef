using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Tests.Shared;
using static CrowdSim.Tests.Shared.SimulationRuns;

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

    /// <summary>A tick from 0 to the last, spread by the scenario's seed (SplitMix64's finaliser).</summary>
    private static int CheckpointTick(ScenarioSpec spec)
    {
        var z = (spec.Seed + 1) * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) % (ulong)spec.Ticks);
    }

    private static LocalSimulation New(ScenarioSpec spec) => new(spec, InvariantRun.WorkersPerCohort, recordTaskEvents: true);
}
