using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Market;
using CrowdSim.Model.Workers;
using static CrowdSim.Model.Tests.Checkpoints.Checkpointing;

namespace CrowdSim.Model.Tests.Checkpoints;

/// <summary>A checkpoint's bytes are a function of the state: restoring and saving again gives them back, and equal runs give equal bytes.</summary>
public class CheckpointBytesTests
{
    [Theory]
    [MemberData(nameof(CheckpointScenarios.Checkpoints), MemberType = typeof(CheckpointScenarios))]
    public void SaveRestoreSave_GivesTheSameBytes(string scenario, int tick)
    {
        var spec = CheckpointScenarios.Named(scenario);
        var sim = New(spec);
        RunTo(sim, tick);
        var saved = Save(sim);
        Assert.Equal(saved, Save(Resume(spec, saved)));
    }

    [Fact]
    public void Save_OfTwoRunsToTheSameTick_GivesTheSameBytes_AndOfTheNextTickOthers()
    {
        var spec = CheckpointScenarios.Busy();
        var a = New(spec);
        var b = New(spec);
        RunTo(a, 70);
        RunTo(b, 70);
        var atSeventy = Save(a);
        Assert.Equal(atSeventy, Save(b));
        RunTo(b, 71);
        Assert.NotEqual(atSeventy, Save(b));
    }

    [Fact]
    public void Components_SavedAlone_RestoreIntoNewOnes()
    {
        var spec = CheckpointScenarios.Shifts();
        var sim = New(spec);
        RunTo(sim, 169);
        for (var p = 0; p < sim.Platforms.Count; p++)
        {
            var saved = StateWriter.ToBytes(sim.Platforms[p].Save);
            var market = new PlatformMarket(spec, p, WorkersPerCohort, recordTaskEvents: true);
            StateReader.FromBytes(saved, market.Restore);
            Assert.Equal(saved, StateWriter.ToBytes(market.Save));
        }
        foreach (var cohort in sim.Cohorts)
        {
            var saved = StateWriter.ToBytes(cohort.Save);
            var restored = new WorkerCohort(spec, cohort.FirstId, cohort.Count);
            StateReader.FromBytes(saved, restored.Restore);
            Assert.Equal(saved, StateWriter.ToBytes(restored.Save));
            Assert.Equal(cohort.Records(), restored.Records());
            Assert.Equal(cohort.NextCheckMs, restored.NextCheckMs);
        }
    }
}
