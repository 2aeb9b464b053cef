using CrowdSim.Model.Scenario;
using CrowdSim.Scenarios.Scaling;

namespace CrowdSim.Scenarios.Tests;

public class ScenarioScalerTests
{
    // Two pools of 100 and 50 workers; one demand line of 1000 tasks a day.
    private static ScenarioSpec TwoPools()
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.Yaml, "minimal.yaml");
        var second = spec.WorkerPools[0] with { Id = "ke-small", Count = 50 };
        return spec with { WorkerPools = [spec.WorkerPools[0], second] };
    }

    [Fact]
    public void ToWorkers_SharesWorkersInProportion_ByLargestRemainder()
    {
        var scaled = ScenarioScaler.ToWorkers(TwoPools(), 1000);

        // 666.67 and 333.33: the larger remainder takes the spare worker.
        Assert.Equal([667, 333], scaled.WorkerPools.Select(p => p.Count));
        Assert.Equal(1000, scaled.WorkerCount);
    }

    [Fact]
    public void ToWorkers_OnEqualRemainders_GivesTheSpareWorkerToTheEarlierPool()
    {
        var spec = TwoPools();
        spec = spec with { WorkerPools = [spec.WorkerPools[0] with { Count = 1 }, spec.WorkerPools[1] with { Count = 1 }] };

        var scaled = ScenarioScaler.ToWorkers(spec, 3);

        Assert.Equal([2, 1], scaled.WorkerPools.Select(p => p.Count));
    }

    [Fact]
    public void ToWorkers_ScalesDemandVolumes_ByTheSameFactor_AndNothingElse()
    {
        var spec = TwoPools();
        var line = spec.Labs[0].Demand[0];

        var scaled = ScenarioScaler.ToWorkers(spec, 300).Labs[0].Demand[0];

        Assert.Equal(line with { TasksPerDay = 2000, BurstMinTasks = line.BurstMinTasks * 2 }, scaled);
    }

    [Fact]
    public void ToWorkers_ScalesRecruits_Rounded_AndNeverBelowOne()
    {
        var spec = TwoPools();
        spec = spec with
        {
            WorkerPools =
            [
                spec.WorkerPools[0] with { Recruitment = new RecruitmentSpec(7, 25, 8, 0.2) },
                spec.WorkerPools[1] with { Recruitment = new RecruitmentSpec(7, 1, 8, 0.2) },
            ],
        };

        var scaled = ScenarioScaler.ToWorkers(spec, 15);

        // A factor of 0.1: 2.5 rounds to the even 2; 0.1 is raised to 1.
        Assert.Equal([2, 1], scaled.WorkerPools.Select(p => p.Recruitment!.Recruits));
        Assert.Equal(new RecruitmentSpec(7, 2, 8, 0.2), scaled.WorkerPools[0].Recruitment);
    }

    [Fact]
    public void ToWorkers_AtTheFilesOwnSize_KeepsCountsAndDemand()
    {
        var spec = TwoPools();

        var scaled = ScenarioScaler.ToWorkers(spec, 150);

        Assert.Equal([100, 50], scaled.WorkerPools.Select(p => p.Count));
        Assert.Equal(spec.Labs[0].Demand[0], scaled.Labs[0].Demand[0]);
        Assert.Equal(spec.Events, scaled.Events);
        Assert.Equal((spec.Seed, spec.Days, spec.TickMinutes), (scaled.Seed, scaled.Days, scaled.TickMinutes));
    }

    [Fact]
    public void ToWorkers_WithNoWorkers_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScenarioScaler.ToWorkers(TwoPools(), 0));
    }
}
