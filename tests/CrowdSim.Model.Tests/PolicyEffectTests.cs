using CrowdSim.Model.Scenario;
using CrowdSim.Model.Workers;
using static CrowdSim.Model.Tests.SimulationRun;

namespace CrowdSim.Model.Tests;

/// <summary>Each intervention moves the outputs it should, on a small world with fixed seeds.</summary>
public class PolicyEffectTests
{
    private static readonly ScenarioSpec Base = new ScenarioBuilder().Days(3).Build();

    [Fact]
    public void PayFloor_RaisesKenyanPayPerPaidHour()
    {
        var without = Of(Base).Summary.ByRegion["kenya"];
        var with = Of(Base.With(Policy(PolicyKind.PayFloor, usdPerHour: 3.0, region: "kenya"))).Summary.ByRegion["kenya"];
        Assert.True(with.PaidHourlyWageMedian > without.PaidHourlyWageMedian * 1.2, $"{with.PaidHourlyWageMedian} vs {without.PaidHourlyWageMedian}");
        Assert.True(with.Earnings > without.Earnings);
    }

    [Fact]
    public void PaidTraining_TurnsTrainingIntoPaidTime()
    {
        var gated = Base with { TaskTypes = [Base.TaskTypes[0] with { Training = new TrainingSpec(2, 0.7) }, Base.TaskTypes[1]] };
        var unpaid = Of(gated).Summary;
        var paid = Of(gated.With(Policy(PolicyKind.PaidTraining, usdPerHour: 2.0))).Summary;
        Assert.True(unpaid.WorkerOutcomes.TrainingHours > 0);
        Assert.Equal(0, unpaid.Money.TrainingPay);
        Assert.True(paid.Money.TrainingPay > 0);
        Assert.True(paid.WorkerOutcomes.TrainingHours < unpaid.WorkerOutcomes.TrainingHours);
    }

    [Fact]
    public void Notifications_CutNightWakeUpsAndSearching()
    {
        var polling = Of(Base).Summary.WorkerOutcomes;
        var notified = Of(Base.With(Policy(PolicyKind.Notifications))).Summary.WorkerOutcomes;
        Assert.True(notified.NightWakeupsPerWorkerDay < polling.NightWakeupsPerWorkerDay * 0.9, $"{notified.NightWakeupsPerWorkerDay} vs {polling.NightWakeupsPerWorkerDay}");
        Assert.True(notified.SearchHours < polling.SearchHours, $"{notified.SearchHours} vs {polling.SearchHours}");
    }

    [Fact]
    public void PayRejected_LeavesNoUnpaidRejectedWork()
    {
        var strict = Of(Base).Summary.WorkerOutcomes;
        var paid = Of(Base.With(Policy(PolicyKind.PayRejected))).Summary.WorkerOutcomes;
        Assert.True(strict.RejectedHours > 0);
        Assert.Equal(0, paid.RejectedHours);
    }

    [Fact]
    public void Transparency_WhenListingsUnderstateTime_FewerWorkersEndUpPaidBelowTheirReservationWage()
    {
        var understated = Base with { TaskTypes = [Base.TaskTypes[0] with { AdvertisedMinutes = 0.8 }, Base.TaskTypes[1]] };
        static int Regretful(Workers.WorkerRecord[] workers) =>
            workers.Count(w => w.PaidHourlyWage is { } paid && paid < w.ReservationUsdPerHour);
        var hidden = Regretful(Of(understated).Workers);
        var shown = Regretful(Of(understated.With(Policy(PolicyKind.Transparency))).Workers);
        Assert.True(shown < hidden * 0.7, $"{shown} vs {hidden}");
    }

    [Fact]
    public void MaxContinuousHours_CapsTheLongestStretch()
    {
        var night = Base with { WorkerPools = [.. Base.WorkerPools.Select(p => p with { SessionHoursMean = 12 })] };
        var uncapped = Of(night).Summary.WorkerOutcomes;
        var capped = Of(night.With(Policy(PolicyKind.MaxContinuousHours, hours: 2))).Summary.WorkerOutcomes;
        Assert.True(uncapped.LongestStretchHoursMax > 3);
        // A session may end when the task in hand is submitted, a few minutes past the cap, plus the search before it.
        Assert.True(capped.LongestStretchHoursMax < 2.5, $"{capped.LongestStretchHoursMax}");
    }

    [Fact]
    public void FeeCap_LowersPlatformFees()
    {
        var full = Of(Base).Summary.Money;
        var capped = Of(Base.With(Policy(PolicyKind.FeeCap, share: 0.05))).Summary.Money;
        Assert.True(capped.PlatformFees < full.PlatformFees * 0.5m, $"{capped.PlatformFees} vs {full.PlatformFees}");
    }

    [Fact]
    public void MarketExit_EndsKenyanEarningsOnTheManagedCrowd()
    {
        var exit = Base.With(new MarketExit(24 * 60, "tasklane", "kenya"));
        var (_, totals, _) = Of(exit);
        var before = Of(Base).Totals.Regions[1].EarningsMicros;
        Assert.True(totals.Regions[1].EarningsMicros < before * 0.5, $"{totals.Regions[1].EarningsMicros} vs {before}");
    }

    [Fact]
    public void RecruitmentDrive_BringsRecruitsInThroughBootCamp()
    {
        var pools = Base.WorkerPools.ToArray();
        pools[1] = pools[1] with { Recruitment = new RecruitmentSpec(100, 1, 20, 0.5) };
        var spec = (Base with { WorkerPools = pools }).With(new RecruitmentDrive(12 * 60, "ke-pool", 40));
        var (summary, _, workers) = Of(spec);
        var recruits = workers.Where(w => w.JoinedMs > 0 || w.Status == WorkerStatus.DroppedOut).ToArray();
        Assert.Equal(40, recruits.Length);
        Assert.InRange(summary.WorkerOutcomes.RecruitsDroppedOut, 10, 30);
        Assert.Equal(40 - summary.WorkerOutcomes.RecruitsDroppedOut, summary.WorkerOutcomes.RecruitsJoined);
        Assert.All(recruits, r => Assert.True(r.TrainingMs > 0));
    }
}
