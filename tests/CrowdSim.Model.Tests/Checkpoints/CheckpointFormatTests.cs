using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Workers;
using static CrowdSim.Model.Tests.Checkpoints.Checkpointing;

namespace CrowdSim.Model.Tests.Checkpoints;

/// <summary>A checkpoint that does not fit the simulation it is restored into, or is damaged, is refused with a <see cref="CheckpointFormatException"/>.</summary>
public class CheckpointFormatTests
{
    private static readonly ScenarioSpec Spec = CheckpointScenarios.Busy();
    private static readonly byte[] State = SavedAt(Spec, 70);

    private static byte[] SavedAt(ScenarioSpec spec, int tick)
    {
        var sim = New(spec);
        RunTo(sim, tick);
        return Save(sim);
    }

    public static TheoryData<string> OtherShapes() => ["more workers", "another region", "another task type", "another demand line", "another vendor", "another platform"];

    private static ScenarioSpec Reshaped(string shape)
    {
        var vendor = Spec.Vendors[0];
        var lab = Spec.Labs[0];
        return shape switch
        {
            "more workers" => Spec with { WorkerPools = [Spec.WorkerPools[0] with { Count = Spec.WorkerPools[0].Count + 1 }, Spec.WorkerPools[1]] },
            "another region" => Spec with { Regions = [.. Spec.Regions, Spec.Regions[0] with { Id = "elsewhere" }] },
            "another task type" => Spec with { TaskTypes = [.. Spec.TaskTypes, Spec.TaskTypes[0] with { Id = "transcript" }] },
            "another demand line" => Spec with { Labs = [lab with { Demand = [.. lab.Demand, lab.Demand[1] with { Spillover = null, Requesters = null }] }] },
            "another vendor" => Spec with { Vendors = [vendor, vendor with { Id = "other" }] },
            "another platform" => Spec with { Platforms = [.. Spec.Platforms, Spec.Platforms[0] with { Id = "third" }] },
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
    }

    [Theory]
    [MemberData(nameof(OtherShapes))]
    public void Restore_IntoAScenarioOfAnotherShape_Throws(string shape)
    {
        var other = Reshaped(shape);
        Assert.Throws<CheckpointFormatException>(() => Resume(other, State));
    }

    [Fact]
    public void Restore_WithOtherWorkersPerCohort_Throws() =>
        Assert.Throws<CheckpointFormatException>(() => Resume(Spec, State, WorkersPerCohort + 1));

    [Fact]
    public void Restore_IntoACohortOfOtherWorkers_Throws()
    {
        var saved = StateWriter.ToBytes(New(Spec).Cohorts[1].Save);
        var shifted = new WorkerCohort(Spec, WorkersPerCohort + 1, WorkersPerCohort);
        Assert.Throws<CheckpointFormatException>(() => StateReader.FromBytes(saved, shifted.Restore));
    }

    [Fact]
    public void Restore_OfTruncatedState_Throws()
    {
        var cuts = Enumerable.Range(0, 200).Select(k => (int)((long)State.Length * k / 200)).Concat([State.Length - 1]).Distinct();
        foreach (var cut in cuts)
        {
            var exception = Record.Exception(() => Resume(Spec, State[..cut]));
            Assert.True(exception is CheckpointFormatException, $"cut at {cut} of {State.Length} bytes: {exception?.GetType().Name ?? "no exception"}");
        }
    }

    [Fact]
    public void Restore_WithBytesLeftOver_Throws() =>
        Assert.Throws<CheckpointFormatException>(() => Resume(Spec, [.. State, 0]));

    [Fact]
    public void Restore_OfAnotherObjectsState_Throws()
    {
        var cohortState = StateWriter.ToBytes(New(Spec).Cohorts[0].Save);
        var exception = Assert.Throws<CheckpointFormatException>(() => Resume(Spec, cohortState));
        Assert.Contains(nameof(LocalSimulation), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_InTheMiddleOfATick_Throws()
    {
        var sim = New(Spec);
        sim.StepUntil(TickPhase.Clearing);
        Assert.Throws<InvalidOperationException>(() => Save(sim));
    }
}
