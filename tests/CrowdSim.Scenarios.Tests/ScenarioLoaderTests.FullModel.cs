using CrowdSim.Model.Scenario;

namespace CrowdSim.Scenarios.Tests;

public sealed partial class ScenarioLoaderTests
{
    private const string FullModelPath = "Scenarios/full-model.yaml";

    [Fact]
    public void LoadFile_WhenEveryModelKeyIsSet_BindsTaskTypesAndPlatforms()
    {
        var spec = ScenarioLoader.LoadFile(FullModelPath);

        Assert.Equal(
            [
                new TaskTypeSpec("bbox", 2, ModelDefaults.MinutesSigma, ModelDefaults.ReviewShare, ModelDefaults.ExpiryHours)
                {
                    AdvertisedMinutes = 1.0,
                    Difficulty = 1.2,
                    AbandonShare = 0.05,
                },
                new TaskTypeSpec("rlhf-rating", 10, ModelDefaults.MinutesSigma, ModelDefaults.ReviewShare, ModelDefaults.ExpiryHours)
                {
                    Training = new TrainingSpec(4, 0.6),
                    AbandonShare = 0,
                },
            ],
            spec.TaskTypes);
        Assert.Equal(
            [
                new PlatformSpec("open-market", PlatformKind.OpenMarketplace, ModelDefaults.FeeShare)
                {
                    Notifications = true,
                    Deactivation = new DeactivationSpec(0.2, 20),
                },
                new PlatformSpec("managed-crowd", PlatformKind.ManagedCrowd, 0),
            ],
            spec.Platforms);
    }

    [Fact]
    public void LoadFile_WhenEveryModelKeyIsSet_BindsWagePoliciesRequestersAndSpillover()
    {
        var spec = ScenarioLoader.LoadFile(FullModelPath);

        Assert.Equal(
            [
                new WagePolicySpec(WagePolicyKind.CheapestFirst, 2.5, 1, 0),
                new WagePolicySpec(WagePolicyKind.Surge, 0, 2.0, 500),
                WagePolicySpec.Fixed,
                WagePolicySpec.Fixed,
            ],
            spec.Vendors.Select(v => v.WagePolicy));

        var demand = Assert.Single(spec.Labs).Demand;
        Assert.Equal(
            [
                new DemandSpec("bbox", "tasklane", null, 20000, 0.3, ModelDefaults.DailyAmplitude, ModelDefaults.PeakHour, ModelDefaults.WeekendFactor, 0, 0, ModelDefaults.BurstAlpha, 0.1)
                {
                    Spillover = new SpilloverSpec("rlhf-rating", 0.05),
                },
                new DemandSpec("rlhf-rating", null, "open-market", 500, 1.5, ModelDefaults.DailyAmplitude, ModelDefaults.PeakHour, ModelDefaults.WeekendFactor, 0, 0, ModelDefaults.BurstAlpha, 0)
                {
                    Requesters = new RequestersSpec(50, 4.57, 1.2, 1.5, -0.3),
                },
                new DemandSpec("bbox", null, "open-market", 100, 0.1, ModelDefaults.DailyAmplitude, ModelDefaults.PeakHour, ModelDefaults.WeekendFactor, 0, 0, ModelDefaults.BurstAlpha, 0)
                {
                    Requesters = new RequestersSpec(10, 3, 1.36, 2.0, -0.5),
                },
            ],
            demand);
    }

    [Fact]
    public void LoadFile_WhenEveryModelKeyIsSet_BindsWorkerPools()
    {
        var spec = ScenarioLoader.LoadFile(FullModelPath);

        var pools = spec.WorkerPools;
        Assert.Equal(3, pools.Count);
        Assert.Equal(
            Crowd("ke-crowd", "kenya", 1000, pools[0].Platforms) with
            {
                ErrorRateSigma = 0.3,
                Fatigue = new FatigueSpec(6, 0.2),
                AdaptationWeeklyRate = 0.05,
                Churn = new ChurnSpec(0.02, 3),
                Recruitment = new RecruitmentSpec(14, 50, 20, 0.5),
                TrainingHorizonHours = 60,
            },
            pools[0]);
        Assert.Equal(
            Crowd("ke-bpo", "kenya", 200, pools[1].Platforms) with
            {
                Churn = null,
                Employment = new EmploymentSpec("tasklane", "lab-alpha", 1.5, 12.5, 8 * 60, 17 * 60),
            },
            pools[1]);
        Assert.Equal(
            Crowd("us-turkers", "us", 500, pools[2].Platforms) with
            {
                Fatigue = new FatigueSpec(10, ModelDefaults.FatigueErrorIncreasePerHour),
                Churn = new ChurnSpec(ModelDefaults.ChurnWeeklyHazard, 0),
            },
            pools[2]);
        Assert.Equal([["managed-crowd"], ["managed-crowd"], ["open-market"]], pools.Select(p => p.Platforms));
    }

    [Fact]
    public void LoadFile_WhenEveryModelKeyIsSet_BindsTheNewEvents()
    {
        var spec = ScenarioLoader.LoadFile(FullModelPath);

        const long Day = 1440;
        Assert.Equal(
            [
                new PolicyChange(1 * Day, PolicyKind.PayFloor, "managed-crowd", "kenya", 1.0, null, null, true),
                new PolicyChange(2 * Day, PolicyKind.PaidTraining, null, null, 0, null, null, true),
                new PolicyChange(2 * Day, PolicyKind.Notifications, "managed-crowd", null, null, null, null, true),
                new PolicyChange(3 * Day, PolicyKind.PayRejected, null, null, null, null, null, true),
                new PolicyChange(3 * Day, PolicyKind.Transparency, null, null, null, null, null, true),
                new PolicyChange(4 * Day, PolicyKind.MaxContinuousHours, null, null, null, 10, null, true),
                new PolicyChange(4 * Day + 12 * 60, PolicyKind.FeeCap, "open-market", null, null, null, 0.15, true),
                new PolicyChange(9 * Day, PolicyKind.PayFloor, null, "kenya", null, null, null, false),
                new MarketExit(11 * Day, "surgeco", "kenya"),
                new RecruitmentDrive(13 * Day, "ke-crowd", 200),
            ],
            spec.Events);
    }

    [Fact]
    public void LoadText_WhenModelKeysAreOmitted_KeepsTheRecordsDefaults()
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.Yaml, "minimal.yaml");

        var taskType = Assert.Single(spec.TaskTypes);
        Assert.Equal((null, null, 1.0, ModelDefaults.AbandonShare), (taskType.Training, taskType.AdvertisedMinutes, taskType.Difficulty, taskType.AbandonShare));
        Assert.All(spec.Platforms, p => Assert.Equal((false, null), (p.Notifications, p.Deactivation)));
        Assert.Equal(WagePolicySpec.Fixed, Assert.Single(spec.Vendors).WagePolicy);
        var line = Assert.Single(spec.Labs[0].Demand);
        Assert.Equal((null, null), (line.Requesters, line.Spillover));
        var pool = Assert.Single(spec.WorkerPools);
        Assert.Equal(Crowd("ke-crowd", "kenya", 100, pool.Platforms), pool);
        Assert.Equal(
            (ModelDefaults.ErrorRateSigma, FatigueSpec.Default, ModelDefaults.AdaptationWeeklyRate, ChurnSpec.Default, ModelDefaults.TrainingHorizonHours),
            (pool.ErrorRateSigma, pool.Fatigue, pool.AdaptationWeeklyRate, pool.Churn, pool.TrainingHorizonHours));
        Assert.Equal((null, null), (pool.Recruitment, pool.Employment));
    }

    [Fact]
    public void LoadText_WhenSurgeBacklogIsOmitted_Uses10000Tasks()
    {
        var yaml = MinimalScenario.With("    pieceRates:", "    wagePolicy: {kind: surge, maxMultiplier: 1.5}\n    pieceRates:");

        var spec = ScenarioLoader.LoadText(yaml, "surge.yaml");

        Assert.Equal(new WagePolicySpec(WagePolicyKind.Surge, 0, 1.5, 10_000), spec.Vendors[0].WagePolicy);
    }

    [Fact]
    public void LoadText_WhenThereAre64TaskTypes_AcceptsThem()
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.WithTaskTypes(64), "many-types.yaml");

        Assert.Equal(64, spec.TaskTypes.Count);
    }

    [Fact]
    public void LoadText_WhenRecruitsStayWithinTheWorkerLimit_AcceptsThem()
    {
        // 100 at the start + 30 daily intakes of 1,666,663 + a drive of 10 = 50,000,000 workers at most: exactly the limit.
        var yaml = MinimalScenario.WithRecruitment("{every: 1d, recruits: 1666663, bootcampHours: 0, dropOut: 0}") + MinimalScenario.Drive("ke-crowd", 10);

        var spec = ScenarioLoader.LoadText(yaml, "recruits.yaml");

        Assert.Equal(new RecruitmentSpec(1, 1_666_663, 0, 0), spec.WorkerPools[0].Recruitment);
    }

    /// <summary>A crowd pool with every optional value at its default.</summary>
    private static WorkerPoolSpec Crowd(string id, string region, int count, IReadOnlyList<string> platforms) =>
        new(
            id, region, count, platforms,
            ModelDefaults.ReservationWageMedianUsd, ModelDefaults.ReservationWageSigma, ModelDefaults.CheckEveryHours,
            ModelDefaults.NightCheckerShare, ModelDefaults.NightCheckEveryHours, ModelDefaults.SessionHoursMean,
            ModelDefaults.SearchMinutes, ModelDefaults.SpeedSigma, ModelDefaults.ErrorRate);
}
