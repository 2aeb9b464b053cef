using static CrowdSim.Model.Tests.Checkpoints.Checkpointing;

namespace CrowdSim.Model.Tests.Checkpoints;

/// <summary>
/// A run saved at a tick barrier and resumed in a new simulation gives, from then on, exactly what
/// the run would have given uninterrupted: every tick's report (with the task log), the worker
/// records, the waits, the totals, and the state itself at the end.
/// </summary>
public class LocalSimulationCheckpointTests
{
    private static readonly Dictionary<string, (List<string> Reports, string Results, byte[] State)> Uninterrupted = [];

    [Theory]
    [MemberData(nameof(CheckpointScenarios.Checkpoints), MemberType = typeof(CheckpointScenarios))]
    public void Resume_AtATickBarrier_GivesTheUninterruptedRun(string scenario, int tick)
    {
        var spec = CheckpointScenarios.Named(scenario);
        var reference = UninterruptedRun(scenario);
        var before = New(spec);
        RunTo(before, tick);

        var resumed = Resume(spec, Save(before));
        Assert.Equal(tick, resumed.NextTick);
        var after = RunTo(resumed, spec.Ticks);

        Assert.Equal(spec.Ticks - tick, after.Count);
        for (var t = tick; t < spec.Ticks; t++)
            Assert.True(reference.Reports[t] == after[t - tick], $"tick {t} differs after resuming at tick {tick}");
        Assert.Equal(reference.Results, Results(resumed));
        Assert.Equal(reference.State, Save(resumed));
    }

    [Fact]
    public void Resume_TwiceInARow_GivesTheUninterruptedRun()
    {
        var spec = CheckpointScenarios.Busy();
        var reference = UninterruptedRun(nameof(CheckpointScenarios.Busy));
        var sim = New(spec);
        RunTo(sim, 40);
        sim = Resume(spec, Save(sim));
        RunTo(sim, 41);
        sim = Resume(spec, Save(sim));
        var after = RunTo(sim, spec.Ticks);
        Assert.Equal(reference.Reports[41..], after);
        Assert.Equal(reference.Results, Results(sim));
    }

    [Fact]
    public void Checkpoints_AreTakenWhereEveryKindOfStateIsInPlay()
    {
        var found = Census(CheckpointScenarios.Busy(), CheckpointScenarios.BusyTicks)
            .Concat(Census(CheckpointScenarios.Shifts(), CheckpointScenarios.ShiftsTicks))
            .ToHashSet();
        string[] expected =
        [
            "session Working", "session Abandoning", "session Training", "session Waiting", "round-the-clock session",
            "salaried worker waiting", "stale market event", "returned task waiting", "queue across chunks from a head part-way in",
            "vendor rates set", "wage multiplier", "wage override", "pay floor", "session cap", "fee cap", "paid training",
            "superseded wake-up", "notified check pending", "notifications switched", "reservation wage adapted",
            "deactivated", "course failed", "worker Latent", "worker Active", "worker Left", "worker DroppedOut", "worker Deactivated",
            "surge in force", "automation shocked", "spill-over due",
        ];
        Assert.Empty(expected.Except(found));
    }

    /// <summary>The kinds of state in play at any of <paramref name="ticks"/>.</summary>
    private static IEnumerable<string> Census(Scenario.ScenarioSpec spec, int[] ticks)
    {
        var sim = New(spec);
        foreach (var tick in ticks)
        {
            RunTo(sim, tick);
            foreach (var kind in StateCensus.Of(sim))
                yield return kind;
        }
    }

    private static (List<string> Reports, string Results, byte[] State) UninterruptedRun(string scenario)
    {
        lock (Uninterrupted)
        {
            if (!Uninterrupted.TryGetValue(scenario, out var run))
            {
                var sim = New(CheckpointScenarios.Named(scenario));
                var reports = RunTo(sim, sim.Spec.Ticks);
                run = (reports, Results(sim), Save(sim));
                Uninterrupted[scenario] = run;
            }
            return run;
        }
    }
}
