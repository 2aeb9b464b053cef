using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Model.Tests.Simulation;

public class TickPlanTests
{
    private const long TickMs = 15 * 60_000;

    // One lab, one vendor, two platforms, two regions; ticks of 15 minutes.
    private static readonly ScenarioSpec Spec = new ScenarioBuilder()
        .Event(new WageChange(20, "tasklane", null, "kenya", "bbox", 0.5, null))
        .Event(new TaskSurge(16, "alpha", "bbox", 2.0, 60, 0))
        .Event(new PolicyChange(29, PolicyKind.Notifications, null, null, null, null, null, true))
        .Event(new RecruitmentDrive(45, "ke-pool", 3))
        .Build();

    private static TickReport Run(TickPlan plan, ITickHost host) => Completed(plan.RunTickAsync(host));

    private static T Completed<T>(ValueTask<T> task)
    {
        Assert.True(task.IsCompleted, "the fake host answers at once");
        return task.GetAwaiter().GetResult();
    }

    [Fact]
    public void RunTick_CallsThePhasesInOrder_EventsOneAtATimeInFileOrder()
    {
        var host = new RecordingTickHost(Spec);
        var plan = new TickPlan(Spec, 1, [0, 0]);
        Run(plan, host);
        Assert.Equal(
        [
            "1 Events wage_change@20 to Vendor 0",
            "1 Events task_surge@16 to Lab 0",
            "1 Events policy@29 to Platform 0, Platform 1, Cohorts -1",
            "1 Demand",
            "1 CheckIns [0, 1]",
            "1 Clearing",
            "1 Metrics [0, 1]",
        ], host.Calls);
    }

    [Fact]
    public void RunTick_DeliversAnEventThatConcernsNoParticipant_WithNoTargets()
    {
        var host = new RecordingTickHost(Spec);
        var plan = new TickPlan(Spec, 3, [long.MaxValue]);
        Run(plan, host);
        Assert.Equal(["3 Events recruitment_drive@45 to ", "3 Demand", "3 CheckIns []", "3 Clearing", "3 Metrics []"], host.Calls);
    }

    [Fact]
    public void RunTick_ChecksInOnlyTheCohortsDueBeforeTheTickEnds()
    {
        var host = new RecordingTickHost(Spec);
        var plan = new TickPlan(Spec, 0, [0, TickMs, TickMs - 1, long.MaxValue, 5]);
        Run(plan, host);
        Assert.Contains("0 CheckIns [0, 2, 4]", host.Calls);
    }

    [Fact]
    public void RunTick_ClosesTheCohortsThatWereDueOrGotOutcomes_EachOnceInIncreasingOrder()
    {
        var host = new RecordingTickHost(Spec) { Notified = (_, p) => p == 0 ? [5, 1] : [1, 3] };
        var plan = new TickPlan(Spec, 0, [long.MaxValue, long.MaxValue, long.MaxValue, 0, long.MaxValue, long.MaxValue, 0]);
        Run(plan, host);
        Assert.Equal(["0 Demand", "0 CheckIns [3, 6]", "0 Clearing", "0 Metrics [1, 3, 5, 6]"], host.Calls);
    }

    [Fact]
    public void RunTick_KeepsTheNextChecksOfTheClosedCohorts_AndOnlyThose()
    {
        var host = new RecordingTickHost(Spec)
        {
            Notified = (t, p) => t == 0 && p == 1 ? [2] : [],
            NextCheckMs = (t, c) => (t * 1000) + c,
        };
        var plan = new TickPlan(Spec, 0, [0, 7 * TickMs, long.MaxValue]);
        Run(plan, host);
        Assert.Equal([0, 7 * TickMs, 2], plan.CohortNextCheckMs);
        Run(plan, host);
        Assert.Equal([1000, 7 * TickMs, 1002], plan.CohortNextCheckMs);
        Assert.Equal("1 CheckIns [0, 2]", host.Calls[^3]);
    }

    [Fact]
    public void RunTick_AssemblesTheReport_FromEveryPhaseInParticipantOrder()
    {
        var host = new RecordingTickHost(Spec) { Notified = (_, p) => p == 1 ? [1] : [] };
        var plan = new TickPlan(Spec, 5, [0, long.MaxValue, 0]);
        var report = Run(plan, host);

        Assert.Equal(5, report.Tick);
        Assert.Equal(5 * TickMs, report.StartMs);
        Assert.Equal([500], report.Labs.Select(l => l.Created));
        Assert.Equal([500, 501], report.Queues.Select(q => q.Single().Arrivals));
        Assert.Equal([1000, 1001], report.Platforms.Select(p => p.Fees));
        // Cohorts 0, 1 and 2 closed; region r of cohort c counted 10c + r.
        Assert.Equal([3, 3], report.Regions.Select(r => r.Checks));
        Assert.Equal([30, 33], report.Regions.Select(r => r.PaidMs));
        Assert.Equal(10 + 11, report.WorkersInSession);
        Assert.Equal([5], report.Projects.Select(p => p.NameSeed));
        Assert.Equal([0, 1], report.TaskEvents.Select(e => e.Platform));
    }

    [Fact]
    public void RunTick_AdvancesTheTick_UntilTheScenarioIsFinished()
    {
        var plan = new TickPlan(Spec, Spec.Ticks - 1, []);
        Assert.False(plan.Finished);
        Run(plan, new RecordingTickHost(Spec));
        Assert.Equal(Spec.Ticks, plan.NextTick);
        Assert.True(plan.Finished);
    }

    [Fact]
    public void RunTick_WhenTheHostClosesFewerCohortsThanAsked_Throws()
    {
        var host = new RecordingTickHost(Spec) { MetricsLimit = 1 };
        var plan = new TickPlan(Spec, 0, [0, 0]);
        Assert.Throws<InvalidOperationException>(() => Run(plan, host));
    }

    [Fact]
    public void Restore_OfASavedPlan_GoesOnWithTheSameTickAndDueCohorts()
    {
        var host = new RecordingTickHost(Spec) { NextCheckMs = (_, c) => c == 0 ? 3 * TickMs : long.MaxValue };
        var plan = new TickPlan(Spec, 0, [0, 2 * TickMs, long.MaxValue]);
        Run(plan, host);
        var state = StateWriter.ToBytes(plan.Save);

        TickPlan? restored = null;
        StateReader.FromBytes(state, r => restored = TickPlan.Restore(Spec, 3, r));

        Assert.Equal(1, restored!.NextTick);
        Assert.Equal(plan.CohortNextCheckMs, restored.CohortNextCheckMs);
        var after = new RecordingTickHost(Spec);
        Run(restored, after);
        Run(restored, after);
        Assert.Equal(["1 CheckIns []", "2 CheckIns [1]"], after.Calls.Where(c => c.Contains("CheckIns", StringComparison.Ordinal)));
    }

    [Fact]
    public void Restore_ForAnotherNumberOfCohorts_Throws()
    {
        var state = StateWriter.ToBytes(new TickPlan(Spec, 0, [0, 0]).Save);
        Assert.Throws<CheckpointFormatException>(() => StateReader.FromBytes(state, r => TickPlan.Restore(Spec, 3, r)));
    }

    [Fact]
    public void RunAsync_OverlapsTheRounds_CohortsCloseATickAndCheckInForTheNextInOneTurn_LabsPostTheStepsDemandAhead()
    {
        var host = new RecordingTickHost(Spec)
        {
            Notified = (t, p) => t == 5 && p == 1 ? [2] : [],
            NextCheckMs = (t, c) => c == 0 ? (t + 1) * TickMs : long.MaxValue,
        };
        var plan = new TickPlan(Spec, 5, [0, long.MaxValue, long.MaxValue]);
        var reports = Completed(plan.RunAsync(host, 3));

        Assert.Equal(
        [
            "5 Demand", "5 CheckIns [0]", "5 Clearing", "6, 7 Demand with clearing",
            "6 CheckIns [~0?, ~2?]", "6 Clearing",
            "7 CheckIns [~0?]", "7 Clearing", "7 Metrics [0]",
        ], host.Calls);
        Assert.Equal([5, 6, 7], reports.Select(r => r.Tick));
        Assert.Equal(8, plan.NextTick);
        Assert.Equal([8 * TickMs, long.MaxValue, long.MaxValue], plan.CohortNextCheckMs);
        // Tick 5 closed cohorts 0 and 2 (2 got outcomes), ticks 6 and 7 cohort 0 only.
        Assert.Equal([2, 1, 1], reports.Select(r => r.Regions[0].Checks));
    }

    [Fact]
    public void RunAsync_PostsNoMoreThanMaxTasksAheadOfSteadyDemand_SoABigMarketGoesATickAtATime()
    {
        // Steady demand of MaxTasksAhead tasks a tick (96 ticks a day), spread over the lab's lines.
        var lines = Spec.Labs.Sum(l => l.Demand.Count);
        var big = Spec with
        {
            Labs = [.. Spec.Labs.Select(l => l with { Demand = [.. l.Demand.Select(d => d with { TasksPerDay = TickPlan.MaxTasksAhead * 96.0 / lines })] })],
        };
        var host = new RecordingTickHost(big);
        Completed(new TickPlan(big, 5, [long.MaxValue]).RunAsync(host, 4));
        Assert.Equal(["6 Demand with clearing", "7 Demand with clearing", "8 Demand with clearing"], host.Calls.Where(c => c.EndsWith("with clearing", StringComparison.Ordinal)));

        var half = big with { Labs = [.. big.Labs.Select(l => l with { Demand = [.. l.Demand.Select(d => d with { TasksPerDay = d.TasksPerDay / 2 })] })] };
        var halfHost = new RecordingTickHost(half);
        Completed(new TickPlan(half, 5, [long.MaxValue]).RunAsync(halfHost, 4));
        Assert.Equal(["6, 7 Demand with clearing", "8 Demand with clearing"], halfHost.Calls.Where(c => c.EndsWith("with clearing", StringComparison.Ordinal)));
    }

    [Fact]
    public void RunAsync_ClosesTheTickBeforeOneWithEvents_ThenStartsThatTickAfresh()
    {
        var host = new RecordingTickHost(Spec) { NextCheckMs = (t, _) => (t + 1) * TickMs };
        var plan = new TickPlan(Spec, 0, [0]);
        Completed(plan.RunAsync(host, 3));
        Assert.Equal(
        [
            "0 Demand", "0 CheckIns [0]", "0 Clearing", "0 Metrics [0]",
            "1 Events wage_change@20 to Vendor 0",
            "1 Events task_surge@16 to Lab 0",
            "1 Events policy@29 to Platform 0, Platform 1, Cohorts -1",
            "1 Demand", "1 CheckIns [0]", "1 Clearing", "2 Demand with clearing",
            "2 CheckIns [~0?]", "2 Clearing", "2 Metrics [0]",
        ], host.Calls);
    }

    [Fact]
    public void RunAsync_ReportsWhatRunningTheTicksOneAtATimeReports()
    {
        RecordingTickHost Host() => new(Spec)
        {
            Notified = (t, p) => (t + p) % 3 == 0 ? [t % 4] : [],
            NextCheckMs = (t, c) => (t + 1 + ((t + c) % 3)) * TickMs,
        };
        var stepped = new TickPlan(Spec, 0, [0, TickMs, 5 * TickMs, long.MaxValue]);
        var oneByOne = Enumerable.Range(0, 12).Select(_ => Run(stepped, Host())).ToArray();
        var overlapped = new TickPlan(Spec, 0, [0, TickMs, 5 * TickMs, long.MaxValue]);
        var host = Host();
        var inSteps = Completed(overlapped.RunAsync(host, 5)).Concat(Completed(overlapped.RunAsync(host, 7))).ToArray();

        Assert.Equal(oneByOne.Select(r => System.Text.Json.JsonSerializer.Serialize(r)), inSteps.Select(r => System.Text.Json.JsonSerializer.Serialize(r)));
        Assert.Equal(stepped.CohortNextCheckMs, overlapped.CohortNextCheckMs);
        // Ticks 1 and 3 have events, tick 5 starts the second step: only they open with a Demand call of
        // their own; the others' demand comes with a clearing, tick 2's alone (tick 3 has events), then
        // the rest of each step at once.
        Assert.Equal(["0 Demand", "1 Demand", "3 Demand", "5 Demand"], host.Calls.Where(c => c.EndsWith(" Demand", StringComparison.Ordinal)));
        Assert.Equal(["2 Demand with clearing", "4 Demand with clearing", "6, 7, 8, 9, 10, 11 Demand with clearing"], host.Calls.Where(c => c.EndsWith("with clearing", StringComparison.Ordinal)));
    }

    [Fact]
    public void RunAsync_WhenTheHostPostsNoNextDemand_Throws()
    {
        var host = new NoPrefetchHost(new RecordingTickHost(Spec));
        var plan = new TickPlan(Spec, 5, [0]);
        Assert.Throws<InvalidOperationException>(() => Completed(plan.RunAsync(host, 2)));
    }

    [Fact]
    public void PausedHost_RunsThePhasesBeforeThePause_AndNeverCompletesTheTick()
    {
        var host = new RecordingTickHost(Spec);
        var plan = new TickPlan(Spec, 0, [0]);
        var tick = plan.RunTickAsync(new PausedTickHost(host, TickPhase.Clearing));
        Assert.False(tick.IsCompleted);
        Assert.Equal(["0 Demand", "0 CheckIns [0]"], host.Calls);
    }

    /// <summary>A broken host: its clearing round never posts the next tick's demand.</summary>
    private sealed class NoPrefetchHost(ITickHost host) : ITickHost
    {
        public ValueTask EventsAsync(TickWindow window, ScenarioEvent e, IReadOnlyList<EventTarget> targets) => host.EventsAsync(window, e, targets);

        public ValueTask ReviewPricesAsync(TickWindow window, IReadOnlyList<Vendors.Pricing.MarketSignal> signals) => host.ReviewPricesAsync(window, signals);

        public ValueTask<IReadOnlyList<DemandReport>> DemandAsync(TickWindow window) => host.DemandAsync(window);

        public ValueTask<IReadOnlyList<CohortTurnReport>> CohortsAsync(TickWindow window, IReadOnlyList<CohortTurn> turns, PushAlerts? alerts) => host.CohortsAsync(window, turns, alerts);

        public async ValueTask<ClearingRound> ClearingAsync(TickWindow window, TickSpan? ahead) => await host.ClearingAsync(window, null);

        public ValueTask<IReadOnlyList<MetricsReport>> MetricsAsync(TickWindow window, IReadOnlyList<int> cohorts) => host.MetricsAsync(window, cohorts);
    }
}
