using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Tests;

/// <summary>
/// Workers' lives beyond a single session: recruitment and boot camp, weekly churn and adaptation,
/// income volatility, deactivation, salaried shifts. Most tests drive a cohort directly, answering
/// its check-ins with hand-made outcomes; the rest run the whole small world.
/// </summary>
public class WorkerCohortLifecycleTests
{
    private const int Market = 0;
    private const int Crowd = 1;
    private const int UsPool = 0;
    private const int KePool = 1;
    private const int Kenya = 1;
    private const long Day = SimTime.MsPerDay;
    private const long Week = SimTime.MsPerWeek;
    private const long Hour = SimTime.MsPerHour;

    /// <summary>The test world over <paramref name="days"/> in hour-long ticks, nobody leaving, with each pool changed.</summary>
    private static ScenarioSpec World(int days, Func<WorkerPoolSpec, WorkerPoolSpec>? pools = null)
    {
        var spec = new ScenarioBuilder().Days(days).TickMinutes(60).Build();
        pools ??= p => p;
        return spec with { WorkerPools = [.. spec.WorkerPools.Select(p => pools(p with { Churn = null }))] };
    }

    private static ScenarioSpec WithPool(ScenarioSpec spec, int pool, Func<WorkerPoolSpec, WorkerPoolSpec> change)
    {
        var pools = spec.WorkerPools.ToArray();
        pools[pool] = change(pools[pool]);
        return spec with { WorkerPools = pools };
    }

    private static WorkerOutcome SessionEnded(WorkerClaim c, long endMs) => new(c.WorkerId, OutcomeKind.SessionEnded, c.AtMs, endMs, 0);

    /// <summary>A half-hour task paid <paramref name="payMicros"/>, then the end of the session.</summary>
    private static WorkerOutcome[] PaidHalfHour(WorkerClaim c, long payMicros) =>
        [new(c.WorkerId, OutcomeKind.Approved, c.AtMs, c.AtMs + (Hour / 2), payMicros), SessionEnded(c, c.AtMs + (Hour / 2))];

    /// <summary>Runs one cohort holding every worker to the horizon, answering each check-in at once.</summary>
    private sealed class CohortDriver(ScenarioSpec spec)
    {
        public WorkerCohort Cohort { get; } = new(spec, 0, spec.WorkerCount);

        /// <summary>Every check-in, with the platform it went to.</summary>
        public List<(int Platform, WorkerClaim Claim)> Claims { get; } = [];

        /// <summary>The region counters summed over the run.</summary>
        public RegionCounters Totals { get; } = new();

        public CohortDriver Run(Func<int, WorkerClaim, IEnumerable<WorkerOutcome>>? answer = null)
        {
            answer ??= (_, c) => [SessionEnded(c, c.AtMs)];
            for (var tick = 0; tick < spec.Ticks; tick++)
            {
                var window = TickWindow.Of(spec, tick);
                var claims = spec.Platforms.Select(_ => new List<WorkerClaim>()).ToArray();
                Cohort.CollectClaims(tick, window.EndMs, claims);
                var outcomes = new List<WorkerOutcome>();
                for (var p = 0; p < claims.Length; p++)
                {
                    foreach (var claim in claims[p])
                    {
                        Claims.Add((p, claim));
                        outcomes.AddRange(answer(p, claim));
                    }
                }
                Cohort.Apply(outcomes.ToArray(), tick, window.EndMs);
                foreach (var region in Cohort.TakeTickCounters())
                    Totals.Add(region);
            }
            return this;
        }

        public WorkerRecord[] Records() => Cohort.Records();

        public WorkerClaim[] ClaimsOf(int worker) => Claims.Where(c => c.Claim.WorkerId == worker).Select(c => c.Claim).ToArray();
    }

    // ---- Recruitment ----

    [Fact]
    public void Recruit_FromAFunnel_JoinsAfterAWeeksUnpaidBootCamp_OrDropsOut()
    {
        var spec = WithPool(World(10), KePool, p => p with { Recruitment = new RecruitmentSpec(2, 50, 20, 0.3) });
        var driver = new CohortDriver(spec).Run();
        var intakes = IntakeSchedule.Of(spec, KePool);
        Assert.Equal([(2 * Day, 50), (4 * Day, 50), (6 * Day, 50), (8 * Day, 50)], intakes);
        var recruits = driver.Records().Skip(100).ToArray();
        Assert.Equal(200, recruits.Length);
        Assert.All(recruits, r => Assert.Equal(KePool, r.Pool));

        var joined = recruits.Where(r => r.Status == WorkerStatus.Active).ToArray();
        var droppedOut = recruits.Where(r => r.Status == WorkerStatus.DroppedOut).ToArray();
        Assert.Equal(200, joined.Length + droppedOut.Length);
        Assert.InRange(droppedOut.Length, 40, 80);
        for (var k = 0; k < recruits.Length; k++)
        {
            var intakeMs = intakes[k / 50].AtMs;
            var r = recruits[k];
            Assert.Equal((0L, 0L), (r.PaidMs, r.EarningsMicros));
            if (r.Status == WorkerStatus.Active)
            {
                Assert.Equal(intakeMs + Week, r.JoinedMs);
                Assert.Equal(20 * Hour, r.TrainingMs);
                Assert.All(driver.ClaimsOf(r.WorkerId), c => Assert.True(c.AtMs >= r.JoinedMs));
            }
            else
            {
                Assert.Equal(0, r.JoinedMs);
                Assert.InRange(r.TrainingMs, 4 * Hour, 16 * Hour);
                Assert.Empty(driver.ClaimsOf(r.WorkerId));
            }
        }
        // Only the first intake has finished boot camp (day 9) within the 10 days; they then look for work.
        Assert.Contains(joined, r => r.JoinedMs == 9 * Day && r.Checks > 0);
        Assert.All(joined.Where(r => r.JoinedMs > 10 * Day), r => Assert.Equal(0, r.Checks));
        Assert.Equal((long)joined.Length, driver.Totals.RecruitsJoined);
        Assert.Equal((long)droppedOut.Length, driver.Totals.RecruitsDroppedOut);
    }

    // ---- Churn ----

    [Fact]
    public void WeeklyReview_WithAHighHazard_SendsAboutHalfAwayEachWeek_AndTheyNeverCheckAgain()
    {
        var spec = World(15, p => p with { Churn = new ChurnSpec(0.5, 0) });
        var driver = new CohortDriver(spec).Run();
        var records = driver.Records();
        var leftFirst = records.Count(r => r.LeftMs == Week);
        var leftSecond = records.Count(r => r.LeftMs == 2 * Week);
        Assert.InRange(leftFirst, 35, 65);
        Assert.InRange(leftSecond, (100 - leftFirst) * 0.25, (100 - leftFirst) * 0.75);
        Assert.Equal(leftFirst + leftSecond, records.Count(r => r.Status == WorkerStatus.Left));
        Assert.All(records.Where(r => r.Status != WorkerStatus.Left), r => Assert.Equal(-1, r.LeftMs));
        Assert.Equal(100 + (100 - leftFirst), driver.Totals.WorkerWeeksAtRisk);
        Assert.Equal(leftFirst + leftSecond, driver.Totals.Departures);
        foreach (var gone in records.Where(r => r.Status == WorkerStatus.Left))
            Assert.All(driver.ClaimsOf(gone.WorkerId), c => Assert.True(c.AtMs < gone.LeftMs));
    }

    [Fact]
    public void WeeklyReview_WorkersEarningNothing_LeaveFasterThanWellPaidOnes()
    {
        var spec = World(8, p => p with { Churn = new ChurnSpec(0.1, 4), AdaptationWeeklyRate = 0 });
        // Kenyan workers are paid 10 USD for every half hour; US workers find nothing (hazard 0.1 × (1 + 4) = 0.5).
        var records = new CohortDriver(spec)
            .Run((_, c) => c.Region == Kenya ? PaidHalfHour(c, 10_000_000) : [SessionEnded(c, c.AtMs)])
            .Records();
        var usShare = records.Where(r => r.Pool == UsPool).Count(r => r.Status == WorkerStatus.Left) / 40.0;
        var keShare = records.Where(r => r.Pool == KePool).Count(r => r.Status == WorkerStatus.Left) / 60.0;
        Assert.InRange(usShare, 0.3, 0.7);
        Assert.InRange(keShare, 0.0, 0.25);
    }

    [Fact]
    public void WeeklyReview_RecruitsStillInBootCamp_AreNotAtRiskOfLeaving()
    {
        var spec = WithPool(World(8, p => p with { Churn = new ChurnSpec(0.5, 0) }), KePool, p => p with { Recruitment = new RecruitmentSpec(0, 0, 10, 0) })
            .With(new RecruitmentDrive(2 * 24 * 60, "ke-pool", 20));
        var driver = new CohortDriver(spec).Run();
        var recruits = driver.Records().Skip(100).ToArray();
        Assert.Equal(20, recruits.Length);
        Assert.All(recruits, r => Assert.Equal(9 * Day, r.JoinedMs));
        // The review on day 7 falls in their boot camp (day 2 to day 9).
        Assert.All(recruits, r => Assert.Equal(WorkerStatus.Active, r.Status));
        Assert.Equal(100, driver.Totals.WorkerWeeksAtRisk);
    }

    // ---- Adaptation ----

    [Fact]
    public void WeeklyReview_AdaptsReservationWagesOfWorkersWithPay_WithinAThirdAndThreeTimes()
    {
        var spec = World(8);
        // Kenyan workers are paid 1 USD a half hour; US workers never find work.
        var driver = new CohortDriver(spec).Run((_, c) => c.Region == Kenya ? PaidHalfHour(c, 1_000_000) : [SessionEnded(c, c.AtMs)]);
        var records = driver.Records();
        Assert.All(records.Where(r => r.Pool == UsPool), r => Assert.Equal(r.ReservationUsdPerHour, r.FinalReservationUsdPerHour));
        var paid = records.Where(r => r.Pool == KePool && r.EarningsMicros > 0).ToArray();
        Assert.Equal(60, paid.Length);
        Assert.All(paid, r =>
        {
            Assert.NotEqual(r.ReservationUsdPerHour, r.FinalReservationUsdPerHour);
            Assert.InRange(r.FinalReservationUsdPerHour, r.ReservationUsdPerHour / 3, r.ReservationUsdPerHour * 3);
            // Check-ins after the review carry the adapted wage.
            Assert.All(driver.ClaimsOf(r.WorkerId).Where(c => c.AtMs >= Week), c => Assert.Equal(r.FinalReservationUsdPerHour, c.ReservationUsdPerHour));
        });
    }

    [Theory]
    [InlineData(1_000_000_000L, 3.0)]
    [InlineData(1L, 1.0 / 3)]
    public void WeeklyReview_WithFullAdaptation_ClampsTheReservationWage(long payPerHalfHour, double bound)
    {
        var spec = World(8, p => p with { AdaptationWeeklyRate = 1.0 });
        var records = new CohortDriver(spec).Run((_, c) => PaidHalfHour(c, payPerHalfHour)).Records();
        Assert.All(records, r => Assert.Equal(r.ReservationUsdPerHour * bound, r.FinalReservationUsdPerHour, 12));
    }

    // ---- Income volatility ----

    [Fact]
    public void Records_WeeklyEarningsCv_NeedsTwoFullWeeks()
    {
        var spec = WithPool(World(15), KePool, p => p with { Recruitment = new RecruitmentSpec(0, 0, 10, 0) })
            .With(new RecruitmentDrive(2 * 24 * 60, "ke-pool", 20));
        // Pay depends on the worker and the day, so weekly totals differ.
        var weekly = new Dictionary<(int Worker, long Week), long>();
        var driver = new CohortDriver(spec).Run((_, c) =>
        {
            var pay = 100_000L * (1 + ((c.WorkerId + (c.AtMs / Day)) % 5));
            var key = (c.WorkerId, c.AtMs / Week);
            weekly[key] = weekly.GetValueOrDefault(key) + pay;
            return PaidHalfHour(c, pay);
        });
        var records = driver.Records();
        Assert.All(records.Take(100), r =>
        {
            // Two full weeks closed (day 7 and day 14): CV of two values = |w1 − w2| / (w1 + w2).
            var w1 = (double)weekly.GetValueOrDefault((r.WorkerId, 0L));
            var w2 = (double)weekly.GetValueOrDefault((r.WorkerId, 1L));
            Assert.NotNull(r.WeeklyEarningsCv);
            Assert.Equal(Math.Abs(w1 - w2) / (w1 + w2), r.WeeklyEarningsCv!.Value, 9);
        });
        // Recruits joined on day 9: paid, but only one review since, and not after a full week.
        var recruits = records.Skip(100).ToArray();
        Assert.Equal(20, recruits.Length);
        Assert.Contains(recruits, r => r.EarningsMicros > 0);
        Assert.All(recruits, r => Assert.Null(r.WeeklyEarningsCv));
    }

    [Fact]
    public void Records_WeeklyEarningsCv_IsNullAfterASingleReview()
    {
        var records = new CohortDriver(World(13)).Run((_, c) => PaidHalfHour(c, 100_000)).Records();
        Assert.All(records, r => Assert.Null(r.WeeklyEarningsCv));
    }

    // ---- Deactivation ----

    private static ScenarioSpec WithCrowdDeactivation(ScenarioSpec spec) =>
        spec with { Platforms = [spec.Platforms[Market], spec.Platforms[Crowd] with { Deactivation = new DeactivationSpec(0.2, 5) }] };

    private static WorkerOutcome[] Reviewed(WorkerClaim c, bool rejected) =>
        [new(c.WorkerId, rejected ? OutcomeKind.Rejected : OutcomeKind.Approved, c.AtMs, c.AtMs + 60_000, rejected ? 0 : 70_000, 0, Reviewed: true), SessionEnded(c, c.AtMs + 60_000)];

    [Fact]
    public void UpdateQuality_OnTheFifthRejectionInARow_DeactivatesTheWorkerOnThatPlatformOnly()
    {
        var spec = WithCrowdDeactivation(World(6));
        var driver = new CohortDriver(spec).Run((p, c) => p == Crowd ? Reviewed(c, rejected: true) : [SessionEnded(c, c.AtMs)]);
        var records = driver.Records();
        // A moving average with weight 0.05 first passes 0.2 at the fifth rejection (1 − 0.95⁵ = 0.226).
        foreach (var r in records)
        {
            var claims = driver.Claims.Where(c => c.Claim.WorkerId == r.WorkerId).ToArray();
            var onCrowd = claims.Where(c => c.Platform == Crowd).ToArray();
            Assert.Equal(5, onCrowd.Length);
            Assert.Equal(1, r.Deactivations);
            var fifth = onCrowd[4].Claim.AtMs;
            if (r.Pool == UsPool)
            {
                Assert.All(claims.Where(c => c.Claim.AtMs > fifth), c => Assert.Equal(Market, c.Platform));
                Assert.Equal(WorkerStatus.Active, r.Status);
            }
            else
            {
                // Kenyan workers belong to the crowd only: nowhere left to work.
                Assert.Equal(fifth, claims[^1].Claim.AtMs);
                Assert.Equal(WorkerStatus.Deactivated, r.Status);
            }
        }
        Assert.Equal(100, driver.Totals.Deactivations);
    }

    [Fact]
    public void UpdateQuality_WhenRejectionsStopAtFour_NeverDeactivates()
    {
        var spec = WithCrowdDeactivation(World(6));
        var rejections = new Dictionary<int, int>();
        var driver = new CohortDriver(spec).Run((p, c) =>
        {
            if (p != Crowd)
                return [SessionEnded(c, c.AtMs)];
            var n = rejections[c.WorkerId] = rejections.GetValueOrDefault(c.WorkerId) + 1;
            return Reviewed(c, rejected: n <= 4);
        });
        Assert.All(driver.Records(), r => Assert.Equal(0, r.Deactivations));
        Assert.Contains(driver.Records(), r => r.TasksRejected == 4 && r.TasksApproved > 5);
    }

    [Fact]
    public void UpdateQuality_InAFullRun_DeactivatesCarelessWorkersWhoThenStopChecking()
    {
        var plain = new ScenarioBuilder().Days(3).Build();
        var spec = WithCrowdDeactivation(plain) with
        {
            TaskTypes = [plain.TaskTypes[0] with { ReviewShare = 1.0 }, plain.TaskTypes[1]],
            WorkerPools = [plain.WorkerPools[UsPool], plain.WorkerPools[KePool] with { ErrorRateMean = 0.9, ErrorRateSigma = 0 }],
        };
        var (_, totals, workers) = SimulationRun.Of(spec);
        var kenyans = workers.Where(w => w.Pool == KePool).ToArray();
        var deactivated = kenyans.Where(w => w.Deactivations > 0).ToArray();
        Assert.True(deactivated.Length >= 30, $"only {deactivated.Length} of 60 deactivated");
        Assert.All(deactivated, w => Assert.True(w.TasksRejected >= 5));
        Assert.Equal(deactivated.Length, kenyans.Count(w => w.Status == WorkerStatus.Deactivated));
        Assert.True(workers.Where(w => w.Pool == UsPool).Count(w => w.Deactivations > 0) <= 1);
        Assert.Equal(totals.Regions.Sum(r => r.Deactivations), workers.Sum(w => (long)w.Deactivations));
    }

    // ---- Salaried shifts ----

    private static ScenarioSpec WithShiftWorkers(int days)
    {
        var plain = new ScenarioBuilder().Days(days).Build();
        var bpo = plain.WorkerPools[KePool] with
        {
            Id = "bpo",
            Count = 10,
            Employment = new EmploymentSpec("tasklane", "alpha", 2.0, 3.0, 9 * 60, 17 * 60),
        };
        return plain with { WorkerPools = [.. plain.WorkerPools, bpo] };
    }

    [Fact]
    public void StartShift_SalariedWorkers_ArePaidTheirWageForWeekdayShifts_AndTheLabIsBilled()
    {
        var spec = WithShiftWorkers(7);
        var (summary, totals, workers) = SimulationRun.Of(spec);
        var staff = workers.Where(w => w.Pool == 2).ToArray();
        Assert.Equal(10, staff.Length);
        // Monday to Friday, 09:00-17:00 Nairobi: five 8-hour shifts, each ending once the task in hand is done.
        Assert.All(staff, w =>
        {
            Assert.InRange(w.PaidMs, 40 * Hour, (40 * Hour) + (5 * 20 * SimTime.MsPerMinute));
            Assert.InRange(w.EarningsMicros, Money.FromUsd(2.0 * SimTime.ToHours(w.PaidMs)) - 5, Money.FromUsd(2.0 * SimTime.ToHours(w.PaidMs)) + 5);
            Assert.Equal(0, w.UnpaidMs);
            Assert.Equal(0, w.Checks);
        });
        var kenya = totals.Regions[Kenya];
        Assert.Equal(staff.Sum(w => w.EarningsMicros), kenya.SalaryMicros);
        Assert.InRange(kenya.BilledMicros, (kenya.SalaryMicros * 1.5) - 50, (kenya.SalaryMicros * 1.5) + 50);
        var escrowLessRefunds = totals.Labs.Sum(l => l.EscrowPaid) - totals.RefundsByLab.Sum();
        Assert.Equal(escrowLessRefunds + kenya.BilledMicros, totals.LabSpend);
        Assert.Equal(Money.ToUsd(kenya.SalaryMicros), (double)summary.Money.Salaries, 6);
    }

    [Fact]
    public void StartShift_SalariedWorkersAloneOnTheCrowd_DoAllOfItsWork()
    {
        var shifts = WithShiftWorkers(2);
        // US workers keep to the open marketplace; nobody else is on the crowd.
        var spec = shifts with { WorkerPools = [shifts.WorkerPools[UsPool] with { Platforms = ["market"] }, shifts.WorkerPools[2]] };
        var (_, totals, workers) = SimulationRun.Of(spec);
        var crowdQueue = totals.Queues[Crowd].Single();
        var kenya = totals.Regions[Kenya];
        Assert.True(crowdQueue.Submitted > 1000, $"only {crowdQueue.Submitted} tasks done");
        Assert.Equal(crowdQueue.Submitted, kenya.TasksApproved + kenya.TasksRejected);
        // No piece rate and no fee: the vendor keeps the whole contract price of every approved task.
        Assert.Equal(crowdQueue.Approved * Money.FromUsd(0.45), totals.MarginByVendor[0]);
        Assert.All(workers.Where(w => w.Pool == 1), w => Assert.Equal(0, w.Checks));
    }

    [Fact]
    public void Apply_SalariedWorkersTasks_CountInTheirOwnRecords()
    {
        var spec = WithShiftWorkers(2);
        var (_, totals, workers) = SimulationRun.Of(spec);
        var kenyans = workers.Where(w => w.Region == Kenya).ToArray();
        Assert.Equal(totals.Regions[Kenya].TasksApproved, kenyans.Sum(w => w.TasksApproved));
        Assert.Contains(kenyans, w => w.Pool == 2 && w.TasksApproved > 0);
    }
}
