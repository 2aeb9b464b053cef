using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using static CrowdSim.Testing.SimulationRuns;

namespace CrowdSim.Scenarios.Tests;

/// <summary>
/// Every bundled scenario, shortened to three days, checkpointed at the end of day 1 and resumed in
/// a new simulation, gives exactly the uninterrupted run: every later report, the worker records,
/// the waits, the totals and the state at the end.
/// </summary>
public class CheckpointResumeTests
{
    private const int Days = 3;
    private const int WorkersPerCohort = 500;


    public static TheoryData<string> Scenarios() =>
        [.. RepoRoot.BundledScenarioNames()];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Resume_AtTheEndOfDayOne_GivesTheUninterruptedRun(string file)
    {
        var spec = ScenarioLoader.LoadFile(RepoRoot.Scenario(file));
        spec = spec with { Days = Math.Min(spec.Days, Days) };
        var dayOne = 24 * 60 / spec.TickMinutes;
        var uninterrupted = new LocalSimulation(spec, WorkersPerCohort);
        var reports = RunTo(uninterrupted, spec.Ticks);

        var before = new LocalSimulation(spec, WorkersPerCohort);
        RunTo(before, dayOne);
        var resumed = new LocalSimulation(spec, WorkersPerCohort);
        StateReader.FromBytes(StateWriter.ToBytes(before.Save), resumed.Restore);
        var after = RunTo(resumed, spec.Ticks);

        Assert.Equal(reports[dayOne..], after);
        Assert.Equal(Results(uninterrupted), Results(resumed));
        Assert.Equal(StateWriter.ToBytes(uninterrupted.Save), StateWriter.ToBytes(resumed.Save));
    }
}
