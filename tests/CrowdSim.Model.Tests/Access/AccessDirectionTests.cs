using CrowdSim.Model.Scenario;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Tests.Access;

/// <summary>What access rules do to who earns: the direction of the effect, with fixed seeds.</summary>
public class AccessDirectionTests
{
    private const int Us = 0;
    private const int Kenya = 1;

    /// <summary>Earnings per hour of all time given (paid and unpaid), over the workers of one region or pool.</summary>
    private static double HourlyOf(IEnumerable<WorkerRecord> workers)
    {
        var list = workers.ToArray();
        return Market.Money.ToUsd(list.Sum(w => w.EarningsMicros)) / Time.SimTime.ToHours(list.Sum(w => w.TotalMs));
    }

    private static double RegionGap(double share)
    {
        var spec = AccessScenarios.OpenMarket().WithAccess(share > 0 ? new RegionRestrictionSpec(["us"], share) : null, null);
        var workers = SimulationRun.Of(spec).Workers;
        return HourlyOf(workers.Where(w => w.Region == Us)) - HourlyOf(workers.Where(w => w.Region == Kenya));
    }

    [Fact]
    [Trait("Category", "Validation")]
    public void RegionRestriction_GivesTheAllowedRegionMorePerHour_AndMoreSoTheLargerTheShare()
    {
        var none = RegionGap(0);
        var some = RegionGap(0.3);
        var most = RegionGap(0.7);

        Assert.True(some > 0, $"gap at share 0.3: {some:F3} USD/h");
        Assert.True(some > none && most > some, $"gaps {none:F3} < {some:F3} < {most:F3} USD/h expected");
    }

    [Fact]
    [Trait("Category", "Validation")]
    public void ApprovalGate_GivesExperiencedWorkersMorePerHour_ThanNewOnes()
    {
        var spec = AccessScenarios.OpenMarket().WithAccess(null, new ApprovalGateSpec(1000, 0.5));
        // Region B's pool becomes an experienced pool in region A: same clock, same reservation wages.
        var experienced = spec.WorkerPools[1] with { Region = "us", PriorApproved = new PriorApprovedSpec(5000, 0) };
        spec = spec with { WorkerPools = [spec.WorkerPools[0], experienced] };

        var workers = SimulationRun.Of(spec).Workers;
        var fresh = HourlyOf(workers.Where(w => w.Pool == 0));
        var seasoned = HourlyOf(workers.Where(w => w.Pool == 1));

        Assert.True(seasoned > fresh * 1.2, $"experienced {seasoned:F3} vs new {fresh:F3} USD/h");
    }

    [Fact]
    [Trait("Category", "Validation")]
    public void Learning_GivesMorePaidTasksPerPaidHour_WithExperience()
    {
        var spec = AccessScenarios.OpenMarket();
        var learned = spec.WorkerPools[1] with { Region = "us", PriorApproved = new PriorApprovedSpec(2000, 0), Learning = new LearningSpec(100, 0.3, 0.5) };
        spec = spec with { WorkerPools = [spec.WorkerPools[0] with { Learning = new LearningSpec(100, 0.3, 0.5) }, learned] };

        var workers = SimulationRun.Of(spec).Workers;
        static double TasksPerPaidHour(IEnumerable<WorkerRecord> ws) =>
            ws.Sum(w => w.TasksApproved + w.TasksRejected) / Time.SimTime.ToHours(ws.Sum(w => w.PaidMs));

        Assert.True(TasksPerPaidHour(workers.Where(w => w.Pool == 1)) > TasksPerPaidHour(workers.Where(w => w.Pool == 0)) * 1.2);
    }
}
