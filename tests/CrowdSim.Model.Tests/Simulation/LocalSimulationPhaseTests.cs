using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Model.Tests.Simulation;

public class LocalSimulationPhaseTests
{
    private static readonly ScenarioSpec Spec = new ScenarioBuilder().Days(1).Build();

    [Fact]
    public void StepUntil_LeavesTheTickOpenBeforeThePhase()
    {
        var sim = new LocalSimulation(Spec, 25);
        sim.Step();
        sim.StepUntil(TickPhase.Clearing);
        Assert.Equal(2, sim.NextTick);
        Assert.Equal(TickWindow.Of(Spec, 1), sim.Window);
        // The tick's tasks and claims wait on the platforms: clearing now is the phase left out.
        Assert.True(sim.Clearing().Sum(p => p.Queues.Sum(q => q.Arrivals)) > 0);
    }

    [Fact]
    public void StepUntil_ThenStepOrSave_Throws()
    {
        var sim = new LocalSimulation(Spec, 25);
        sim.StepUntil(TickPhase.Events);
        Assert.Throws<InvalidOperationException>(() => sim.Step());
        Assert.Throws<InvalidOperationException>(() => StateWriter.ToBytes(sim.Save));
    }

    [Fact]
    public void Step_OfASimulationStoppedBeforeAPhase_AndThatPhaseRunByHand_GivesTheSameTick()
    {
        var reference = new LocalSimulation(Spec, 25);
        var paused = new LocalSimulation(Spec, 25);
        for (var t = 0; t < 40; t++)
        {
            reference.Step();
            paused.Step();
        }
        var expected = reference.Step();
        paused.StepUntil(TickPhase.Clearing);
        var cleared = paused.Clearing();
        Assert.Equal(expected.Queues.Select(q => q.Sum(c => c.Taken)), cleared.Select(p => p.Queues.Sum(q => q.Taken)));
        Assert.Equal(expected.WorkersInSession, cleared.Sum(p => p.WorkersInSession));
    }
}
