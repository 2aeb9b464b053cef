using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Vendors;
using static CrowdSim.Model.Tests.SimulationRun;

namespace CrowdSim.Model.Tests;

/// <summary>
/// The market's mechanisms, driven tick by tick with hand-made tasks and claims on the managed crowd
/// (one queue: tasklane's bbox work, 0.07 per 2-minute task in Kenya = 2.10 USD/h; escrow 0.45 a task).
/// </summary>
public class PlatformMarketMechanismTests
{
    private const int Crowd = 1;
    private const int Tasklane = 0;
    private const int Bbox = 0;
    private const int Kenya = 1;
    private const long Second = 1_000;
    private const long Minute = 60 * Second;
    private const long Hour = 60 * Minute;
    private const long Escrow = 450_000;
    private const long KenyanPay = 70_000;

    /// <summary>The test world with bbox changed (and abandonment off unless the change turns it on).</summary>
    private static ScenarioSpec SpecWith(Func<TaskTypeSpec, TaskTypeSpec> bbox, double expiryHours = 24)
    {
        var spec = new ScenarioBuilder().AbandonShare(0).ExpiryHours(expiryHours).Build();
        return spec with { TaskTypes = [bbox(spec.TaskTypes[Bbox]), spec.TaskTypes[1]] };
    }

    private static PlatformMarket CrowdMarket(ScenarioSpec spec, params PolicyChange[] policies)
    {
        var market = new PlatformMarket(spec, Crowd, workersPerCohort: 10);
        market.SetVendorRates(Tasklane, new VendorBook(spec, Tasklane).Rates);
        foreach (var policy in policies)
            market.Apply(policy);
        return market;
    }

    private static PostedTask BboxTask(long id, long postedMs) => new(id, postedMs, 0, Tasklane, Bbox, Escrow, -1);

    private static IEnumerable<PostedTask> BboxTasks(int count, long postedMs) =>
        Enumerable.Range(1, count).Select(id => BboxTask(id, postedMs));

    private static WorkerClaim KenyanClaim(
        int worker,
        long atMs,
        double reservation = 1.0,
        long sessionMs = 4 * Hour,
        double errorRate = 0.0,
        ulong failedCourses = 0,
        double trainingHorizonHours = 40) =>
        new(worker, atMs, 0, Kenya, reservation, Speed: 1.0, ErrorRate: errorRate, SessionEndMs: atMs + sessionMs,
            FailedCourses: failedCourses, TrainingHorizonHours: trainingHorizonHours);

    private static WorkerClaim SalariedClaim(int worker, long atMs, long sessionMs) =>
        new(worker, atMs, (ulong)worker, Kenya, 0, Speed: 1.0, ErrorRate: 0.0, SessionEndMs: atMs + sessionMs,
            Qualified: ulong.MaxValue, Employer: Tasklane);

    private static WorkerOutcome[] OutcomesOf(PlatformTickResult result, int worker) =>
        result.OutcomesByCohort.SelectMany(c => c.Outcomes).Where(o => o.WorkerId == worker).ToArray();

    // ---- Training ----

    [Fact]
    public void Choose_WhenCourseIsWorthIt_TakesTheCourseThenTheTaskInTheSameSession()
    {
        var spec = SpecWith(t => t with { Training = new TrainingSpec(2, 1.0) });
        var market = CrowdMarket(spec);
        market.Enqueue(BboxTasks(3, 0));
        // gain 1.0 × (2.10 − 1.00) × 40 h = 44 > cost 1.00 × 2 h = 2
        market.AddClaims([KenyanClaim(3, Minute, reservation: 1.0)]);
        var result = market.RunTick(0, 6 * Hour);
        var outcomes = OutcomesOf(result, 3);
        Assert.Equal(
            [OutcomeKind.TrainingPassed, OutcomeKind.Approved, OutcomeKind.Approved, OutcomeKind.Approved, OutcomeKind.SessionEnded],
            outcomes.Select(o => o.Kind));
        Assert.Equal(new WorkerOutcome(3, OutcomeKind.TrainingPassed, Minute, Minute + (2 * Hour), 0, Bbox), outcomes[0]);
        Assert.Equal(Minute + (2 * Hour), outcomes[1].StartMs);
        Assert.Equal(outcomes[1].EndMs, outcomes[2].StartMs);
        Assert.All(outcomes[1..4], o => Assert.Equal(KenyanPay, o.PayMicros));
        Assert.Equal(outcomes[3].EndMs, outcomes[4].EndMs);
        Assert.Equal(0, result.Queues[0].BacklogEnd);
        Assert.Equal(0, result.Money.TrainingPay);
    }

    [Fact]
    public void Choose_WhenCourseIsFailed_EndsTheSessionAtTheCourseEndWithoutTakingTheTask()
    {
        var spec = SpecWith(t => t with { Training = new TrainingSpec(2, 1e-9) });
        var market = CrowdMarket(spec);
        market.Enqueue(BboxTasks(3, 0));
        // A near-hopeless course is still worth it over a horizon long enough: 1e-9 × 1.10 × 1e12 = 1,100 > 2.
        market.AddClaims([KenyanClaim(3, Minute, trainingHorizonHours: 1e12)]);
        var result = market.RunTick(0, 6 * Hour);
        Assert.Equal(
            [
                new WorkerOutcome(3, OutcomeKind.TrainingFailed, Minute, Minute + (2 * Hour), 0, Bbox),
                new WorkerOutcome(3, OutcomeKind.SessionEnded, Minute, Minute + (2 * Hour), 0),
            ],
            OutcomesOf(result, 3));
        Assert.Equal(3, result.Queues[0].BacklogEnd);
    }

    [Fact]
    public void Choose_WhenCourseCostsMoreThanItWouldGain_EndsTheSessionWithoutTraining()
    {
        var spec = SpecWith(t => t with { Training = new TrainingSpec(2, 0.7) });
        var market = CrowdMarket(spec);
        market.Enqueue(BboxTasks(3, 0));
        // The task pays above the reservation, but gain 0.7 × (2.10 − 2.00) × 40 = 2.8 < cost 2.00 × 2 = 4.
        market.AddClaims([KenyanClaim(3, Minute, reservation: 2.0)]);
        var result = market.RunTick(0, 6 * Hour);
        Assert.Equal([new WorkerOutcome(3, OutcomeKind.SessionEnded, Minute, Minute, 0)], OutcomesOf(result, 3));
        Assert.Equal(3, result.Queues[0].BacklogEnd);
    }

    [Fact]
    public void Choose_WhenCourseWasFailedBefore_NeverTakesTheTaskOrTheCourse()
    {
        var spec = SpecWith(t => t with { Training = new TrainingSpec(2, 1.0) });
        var market = CrowdMarket(spec);
        market.Enqueue(BboxTasks(3, 0));
        market.AddClaims([KenyanClaim(3, Minute, failedCourses: 1UL << Bbox)]);
        var result = market.RunTick(0, 6 * Hour);
        Assert.Equal([new WorkerOutcome(3, OutcomeKind.SessionEnded, Minute, Minute, 0)], OutcomesOf(result, 3));
        Assert.Equal(3, result.Queues[0].BacklogEnd);
    }

    [Fact]
    public void FinishCourse_UnderPaidTraining_PaysRateTimesHoursOutOfTheFees()
    {
        var spec = SpecWith(t => t with { Training = new TrainingSpec(2, 1.0) });
        var market = CrowdMarket(spec, Policy(PolicyKind.PaidTraining, usdPerHour: 3.0));
        market.Enqueue(BboxTasks(3, 0));
        // Unpaid, a 2.00 reservation would not pay for the course (see above); paid at 3.00/h it costs nothing.
        market.AddClaims([KenyanClaim(3, Minute, reservation: 2.0, sessionMs: Hour)]);
        var result = market.RunTick(0, 6 * Hour);
        Assert.Equal(
            [
                new WorkerOutcome(3, OutcomeKind.TrainingPassed, Minute, Minute + (2 * Hour), 6_000_000, Bbox),
                new WorkerOutcome(3, OutcomeKind.SessionEnded, Minute, Minute + (2 * Hour), 0),
            ],
            OutcomesOf(result, 3));
        Assert.Equal(6_000_000, result.Money.TrainingPay);
        Assert.Equal(6_000_000, result.Money.WorkerPay);
        Assert.Equal(-6_000_000, result.Money.Fees);
    }

    // ---- Abandonment ----

    [Fact]
    public void Abandon_ReturnsTheTaskUnpaid_AndTheNextTakerDoesNotCountAsAFirstPickup()
    {
        var spec = SpecWith(t => t with { AbandonShare = 1.0 });
        var market = CrowdMarket(spec);
        market.Enqueue([BboxTask(1, 0)]);
        // Sessions end a millisecond after check-in: each worker takes the task once.
        market.AddClaims([KenyanClaim(3, 2 * Minute, sessionMs: 1), KenyanClaim(4, 30 * Minute, sessionMs: 1)]);
        var result = market.RunTick(0, Hour);

        var first = OutcomesOf(result, 3);
        Assert.Equal([OutcomeKind.Abandoned, OutcomeKind.SessionEnded], first.Select(o => o.Kind));
        Assert.Equal(2 * Minute, first[0].StartMs);
        Assert.InRange(first[0].EndMs, (2 * Minute) + Second, 30 * Minute);
        Assert.Equal(0, first[0].PayMicros);
        var second = OutcomesOf(result, 4);
        Assert.Equal([OutcomeKind.Abandoned, OutcomeKind.SessionEnded], second.Select(o => o.Kind));
        Assert.Equal(30 * Minute, second[0].StartMs);

        var queue = result.Queues[0];
        Assert.Equal(1, queue.Taken);
        Assert.Equal(2 * Minute, queue.WaitSumMs);
        Assert.Equal(2, queue.Abandoned);
        Assert.Equal(0, queue.Expired);
        Assert.Equal(1, queue.BacklogEnd);
        Assert.Equal(0, result.Money.WorkerPay);
        Assert.Equal(Escrow, result.Money.EscrowHeldEnd);
        Assert.Equal(1, market.WaitsByQueue()[0].Total);
    }

    [Fact]
    public void Abandon_OfATaskTheSalariedWorkerThenTakes_IsCompletedWithoutASecondWait()
    {
        var spec = SpecWith(t => t with { AbandonShare = 1.0 });
        var market = CrowdMarket(spec);
        market.Enqueue([BboxTask(1, 0)]);
        market.AddClaims([KenyanClaim(3, 2 * Minute, sessionMs: 1), SalariedClaim(5, 40 * Minute, 4 * Hour)]);
        var result = market.RunTick(0, 2 * Hour);
        Assert.Equal(OutcomeKind.Abandoned, OutcomesOf(result, 3)[0].Kind);
        var done = OutcomesOf(result, 5).Single();
        Assert.Equal(OutcomeKind.Approved, done.Kind);
        Assert.Equal(40 * Minute, done.StartMs);
        var queue = result.Queues[0];
        Assert.Equal((1L, 1L, 1L, 1L), (queue.Taken, queue.Abandoned, queue.Submitted, queue.Approved));
        Assert.Equal(2 * Minute, queue.WaitSumMs);
    }

    [Fact]
    public void Abandon_AfterTheDeadline_ExpiresTheTaskAndRefundsTheLab()
    {
        var spec = SpecWith(t => t with { AbandonShare = 1.0 }, expiryHours: 0.05); // 3 minutes
        var market = CrowdMarket(spec);
        market.Enqueue([BboxTask(1, 0)]);
        // Taken a second before its deadline; any task takes at least a second, so it is given up after it.
        market.AddClaims([KenyanClaim(3, (3 * Minute) - Second, sessionMs: 1)]);
        var result = market.RunTick(0, Hour);
        var abandoned = OutcomesOf(result, 3)[0];
        Assert.Equal(OutcomeKind.Abandoned, abandoned.Kind);
        Assert.True(abandoned.EndMs >= 3 * Minute);
        var queue = result.Queues[0];
        Assert.Equal((1L, 1L, 1L, 0L), (queue.Taken, queue.Abandoned, queue.Expired, queue.BacklogEnd));
        Assert.Equal(Escrow, result.Money.RefundsByLab[0]);
        Assert.Equal(0, result.Money.EscrowHeldEnd);
    }

    // ---- Fatigue ----

    [Fact]
    public void Submit_WhenFatigued_IsRejectedFarMoreOftenOnTheSameDraws()
    {
        var spec = SpecWith(t => t with { ReviewShare = 1.0 });
        WorkerOutcome[] Work(double fatiguePerHour)
        {
            var market = CrowdMarket(spec);
            market.Enqueue(BboxTasks(200, 0));
            market.AddClaims([KenyanClaim(3, 0, sessionMs: 24 * Hour, errorRate: 0.01) with { FatigueOnsetMs = 0, FatiguePerHour = fatiguePerHour }]);
            return OutcomesOf(market.RunTick(0, 24 * Hour), 3).Where(o => o.Kind is OutcomeKind.Approved or OutcomeKind.Rejected).ToArray();
        }

        var rested = Work(0);
        var tired = Work(1000);
        Assert.Equal(200, rested.Length);
        Assert.Equal(200, tired.Length);
        var restedRejections = rested.Count(o => o.Kind == OutcomeKind.Rejected);
        var tiredRejections = tired.Count(o => o.Kind == OutcomeKind.Rejected);
        Assert.InRange(restedRejections, 0, 10);
        Assert.InRange(tiredRejections, 180, 200);
        for (var k = 0; k < 200; k++)
        {
            // Same handling and review draws: same times, and fatigue only ever adds rejections.
            Assert.Equal((rested[k].StartMs, rested[k].EndMs), (tired[k].StartMs, tired[k].EndMs));
            if (rested[k].Kind == OutcomeKind.Rejected)
                Assert.Equal(OutcomeKind.Rejected, tired[k].Kind);
        }
    }

    // ---- Salaried workers ----

    [Fact]
    public void Choose_SalariedWorkerFacingAnEmptyQueue_WaitsInsteadOfEndingTheSession()
    {
        var market = CrowdMarket(SpecWith(t => t));
        market.AddClaims([SalariedClaim(5, Minute, 8 * Hour)]);
        var result = market.RunTick(0, 15 * Minute);
        Assert.Empty(result.OutcomesByCohort);
        Assert.Equal(1, market.WorkersInSession);
    }

    [Fact]
    public void Arrive_WhenSalariedWorkersWait_TheLongestWaitingTakesItAtOnceForNoPieceRate()
    {
        var market = CrowdMarket(SpecWith(t => t));
        market.AddClaims([SalariedClaim(4, 2 * Minute, 8 * Hour), SalariedClaim(5, Minute, 8 * Hour)]);
        market.Enqueue([BboxTask(1, 7 * Minute)]);
        var result = market.RunTick(0, Hour);
        var done = Assert.Single(result.OutcomesByCohort.Single().Outcomes);
        Assert.Equal(5, done.WorkerId);
        Assert.Equal(OutcomeKind.Approved, done.Kind);
        Assert.Equal(7 * Minute, done.StartMs);
        Assert.Equal(0, done.PayMicros);
        Assert.Equal(1, result.Queues[0].Taken);
        Assert.Equal(0, result.Queues[0].WaitSumMs);
        Assert.Equal(Escrow, result.Money.MarginByVendor[Tasklane]);
        Assert.Equal(0, result.Money.WorkerPay);
        Assert.Equal(0, result.Money.Fees);
        Assert.Equal(2, market.WorkersInSession);
    }

    [Fact]
    public void Finish_SalariedWorkerStillWaitingAtTheSessionEnd_EndsTheSessionThen()
    {
        var market = CrowdMarket(SpecWith(t => t));
        market.AddClaims([SalariedClaim(5, Minute, 30 * Minute)]);
        Assert.Empty(market.RunTick(0, 15 * Minute).OutcomesByCohort);
        Assert.Empty(market.RunTick(15 * Minute, 30 * Minute).OutcomesByCohort);
        var result = market.RunTick(30 * Minute, 45 * Minute);
        Assert.Equal([new WorkerOutcome(5, OutcomeKind.SessionEnded, Minute, 31 * Minute, 0)], OutcomesOf(result, 5));
        Assert.Equal(0, market.WorkersInSession);
    }

    [Fact]
    public void Arrive_ExactlyAtAWaitingSalariedWorkersSessionEnd_EndsTheSessionOnceAndLeavesTheTaskQueued()
    {
        var market = CrowdMarket(SpecWith(t => t));
        market.AddClaims([SalariedClaim(5, 0, 30 * Minute)]);
        market.Enqueue([BboxTask(1, 30 * Minute)]);
        var result = market.RunTick(0, Hour);
        Assert.Equal([new WorkerOutcome(5, OutcomeKind.SessionEnded, 0, 30 * Minute, 0)], OutcomesOf(result, 5));
        Assert.Equal(1, result.Queues[0].BacklogEnd);
        Assert.Equal(0, market.WorkersInSession);
    }

    [Fact]
    public void RunTick_WhenAProjectBatchLandsAtTheEndOfAShift_TheRunCarriesOn()
    {
        var plain = new ScenarioBuilder().Days(1).TasksPerDay(10).Build();
        var bpo = plain.WorkerPools[1] with { Id = "bpo", Count = 3, Employment = new EmploymentSpec("tasklane", "alpha", 2.0, 3.0, 9 * 60, 17 * 60) };
        // Only the shift workers are on the crowd, and there is little work: at 17:00 Nairobi (14:00 UTC) they are waiting.
        var spec = (plain with { WorkerPools = [plain.WorkerPools[0] with { Platforms = ["market"] }, bpo] })
            .With(new TaskSurge(14 * 60, "alpha", "bbox", 1.0, 0, 5));
        var (_, totals, _) = Of(spec);
        Assert.Equal(3, totals.Regions[Kenya].Sessions);
        Assert.InRange(totals.Regions[Kenya].PaidMs, 3 * 8 * Hour, (3 * 8 * Hour) + Hour);
        Assert.True(totals.Queues[Crowd][0].BacklogEnd >= 5);
    }

    // ---- Policies ----

    [Fact]
    public void StartSession_UnderMaxContinuousHours_EndsAtTheFirstSubmissionAfterTheCap()
    {
        var market = CrowdMarket(SpecWith(t => t), Policy(PolicyKind.MaxContinuousHours, hours: 1));
        market.Enqueue(BboxTasks(100, 0));
        market.AddClaims([KenyanClaim(3, Minute, sessionMs: 8 * Hour)]);
        var outcomes = OutcomesOf(market.RunTick(0, 8 * Hour), 3);
        var end = outcomes[^1];
        var last = outcomes[^2];
        Assert.Equal(OutcomeKind.SessionEnded, end.Kind);
        Assert.Equal(OutcomeKind.Approved, last.Kind);
        Assert.True(last.StartMs < Minute + Hour, $"last task started at {last.StartMs}");
        Assert.True(last.EndMs >= Minute + Hour, $"last task ended at {last.EndMs}");
        Assert.Equal(last.EndMs, end.EndMs);
        Assert.All(outcomes[..^1], o => Assert.Equal(OutcomeKind.Approved, o.Kind));
    }

    [Fact]
    public void Submit_RejectedWork_IsUnpaidAndRefunded()
    {
        var market = CrowdMarket(SpecWith(t => t with { ReviewShare = 1.0 }));
        market.Enqueue([BboxTask(1, 0)]);
        market.AddClaims([KenyanClaim(3, Minute, sessionMs: 1, errorRate: 1.0)]);
        var result = market.RunTick(0, Hour);
        var rejected = OutcomesOf(result, 3)[0];
        Assert.Equal((OutcomeKind.Rejected, 0L, true), (rejected.Kind, rejected.PayMicros, rejected.Reviewed));
        Assert.Equal(Escrow, result.Money.RefundsByLab[0]);
        Assert.Equal(0, result.Money.MarginByVendor[Tasklane]);
    }

    [Fact]
    public void Submit_UnderPayRejected_PaysRejectedWork()
    {
        var market = CrowdMarket(SpecWith(t => t with { ReviewShare = 1.0 }), Policy(PolicyKind.PayRejected));
        market.Enqueue([BboxTask(1, 0)]);
        market.AddClaims([KenyanClaim(3, Minute, sessionMs: 1, errorRate: 1.0)]);
        var result = market.RunTick(0, Hour);
        var rejected = OutcomesOf(result, 3)[0];
        Assert.Equal((OutcomeKind.Rejected, KenyanPay, true), (rejected.Kind, rejected.PayMicros, rejected.Reviewed));
        Assert.Equal(1, result.Queues[0].Rejected);
        Assert.Equal(KenyanPay, result.Money.WorkerPay);
        Assert.Equal(Escrow - KenyanPay, result.Money.MarginByVendor[Tasklane]);
        Assert.Equal(0, result.Money.RefundsByLab[0]);
    }

    [Fact]
    public void Choose_UnderCheapestFirst_DearerRegionSeesTheTaskOnlyAfterTheSpilloverWait()
    {
        var plain = SpecWith(t => t);
        var spec = plain with { Vendors = [plain.Vendors[0] with { WagePolicy = new WagePolicySpec(WagePolicyKind.CheapestFirst, 1.0, 1, 0) }] };
        var market = CrowdMarket(spec);
        market.Enqueue([BboxTask(1, 0)]);
        // A US worker (0.40 a task = 12 USD/h) at 59 minutes: not offered yet; another at 61 minutes takes it.
        WorkerClaim Us(int worker, long atMs) => new(worker, atMs, 0, 0, 1.0, 1.0, 0.0, atMs + 1);
        market.AddClaims([Us(3, 59 * Minute), Us(4, 61 * Minute)]);
        var result = market.RunTick(0, 2 * Hour);
        Assert.Equal([new WorkerOutcome(3, OutcomeKind.SessionEnded, 59 * Minute, 59 * Minute, 0)], OutcomesOf(result, 3));
        var taken = OutcomesOf(result, 4)[0];
        Assert.Equal((OutcomeKind.Approved, 61 * Minute, 400_000L), (taken.Kind, taken.StartMs, taken.PayMicros));
    }
}
