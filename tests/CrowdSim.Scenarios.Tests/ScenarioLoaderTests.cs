using CrowdSim.Model.Scenario;

namespace CrowdSim.Scenarios.Tests;

public sealed partial class ScenarioLoaderTests
{
    private const string FullScenarioPath = "Scenarios/full.yaml";

    [Fact]
    public void LoadFile_WhenScenarioIsValid_BindsEveryValue()
    {
        var spec = ScenarioLoader.LoadFile(FullScenarioPath);

        Assert.Equal(("baseline", 42UL, 30, 15), (spec.Name, spec.Seed, spec.Days, spec.TickMinutes));
        Assert.Equal(
            [
                new RegionSpec("us", -300, 7.25, 23 * 60, 7 * 60),
                new RegionSpec("kenya", 180, 0.6, 23 * 60, 7 * 60),
                new RegionSpec("india", 330, 0.3, 30, 8 * 60),
            ],
            spec.Regions);
        Assert.Equal(
            [
                new TaskTypeSpec("bbox", 2.0, 0.6, 0.2, 72),
                new TaskTypeSpec("rlhf", 12, ModelDefaults.MinutesSigma, ModelDefaults.ReviewShare, ModelDefaults.ExpiryHours),
            ],
            spec.TaskTypes);
        Assert.Equal(
            [
                new PlatformSpec("open-market", PlatformKind.OpenMarketplace, 0.2),
                new PlatformSpec("managed-crowd", PlatformKind.ManagedCrowd, 0.1),
            ],
            spec.Platforms);

        var vendor = Assert.Single(spec.Vendors);
        Assert.Equal(("tasklane", "managed-crowd"), (vendor.Id, vendor.Platform));
        Assert.Equal([new PieceRate("bbox", "kenya", 0.05), new PieceRate("bbox", "india", 0.04)], vendor.PieceRates);

        var lab = Assert.Single(spec.Labs);
        Assert.Equal(("lab-alpha", -480), (lab.Id, lab.UtcOffsetMinutes));
        Assert.Equal(
            [
                new DemandSpec("bbox", "tasklane", null, 20000, 0.30, 0.4, 15, 0.5, 1, 2000, 1.8, 0.1),
                new DemandSpec(
                    "rlhf", null, "open-market", 500, 1.5,
                    ModelDefaults.DailyAmplitude, ModelDefaults.PeakHour, ModelDefaults.WeekendFactor,
                    0, 0, ModelDefaults.BurstAlpha, 0),
            ],
            lab.Demand);

        Assert.Equal(2, spec.WorkerPools.Count);
        Assert.Equal(["managed-crowd"], spec.WorkerPools[0].Platforms);
        Assert.Equal(
            new WorkerPoolSpec("ke-crowd", "kenya", 1500, spec.WorkerPools[0].Platforms, 0.9, 1.2, 2, 0.3, 4, 2.5, 5, 0.4, 0.05),
            spec.WorkerPools[0]);
        Assert.Equal(["open-market", "managed-crowd"], spec.WorkerPools[1].Platforms);
        Assert.Equal(
            new WorkerPoolSpec(
                "us-turkers", "us", 800, spec.WorkerPools[1].Platforms,
                ModelDefaults.ReservationWageMedianUsd, ModelDefaults.ReservationWageSigma, ModelDefaults.CheckEveryHours,
                ModelDefaults.NightCheckerShare, ModelDefaults.NightCheckEveryHours, 1.5,
                ModelDefaults.SearchMinutes, ModelDefaults.SpeedSigma, ModelDefaults.ErrorRate),
            spec.WorkerPools[1]);

        Assert.Equal(
            [
                new TaskSurge(4 * 1440, "lab-alpha", "bbox", 3, 2 * 1440, 20000),
                new WageChange(9 * 1440 + 6 * 60, "tasklane", null, "kenya", "bbox", 0.7, null),
                new WageChange(9 * 1440 + 12 * 60, null, "open-market", null, null, null, 0.02),
                new AutomationShock(14 * 1440, "lab-alpha", "bbox", 0.6, 14 * 1440),
            ],
            spec.Events);
    }

    [Fact]
    public void LoadText_WhenOptionalKeysAreOmitted_FillsInModelDefaults()
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.Yaml, "minimal.yaml");

        Assert.Equal(ModelDefaults.TickMinutes, spec.TickMinutes);
        Assert.Equal(new RegionSpec("kenya", 180, 0.6, ModelDefaults.SleepStartMinute, ModelDefaults.SleepEndMinute), Assert.Single(spec.Regions));
        Assert.Equal(
            new TaskTypeSpec("bbox", 2, ModelDefaults.MinutesSigma, ModelDefaults.ReviewShare, ModelDefaults.ExpiryHours),
            Assert.Single(spec.TaskTypes));
        Assert.Equal(ModelDefaults.FeeShare, spec.Platforms[0].FeeShare);
        Assert.Equal(new TaskSurge(4 * 1440, "lab-alpha", "bbox", 1, 0, 500), Assert.Single(spec.Events));
    }

    [Fact]
    public void LoadText_WhenVendorsAndEventsAreAbsent_GivesEmptyLists()
    {
        var yaml = MinimalScenario.Yaml[..MinimalScenario.Yaml.IndexOf("events:", StringComparison.Ordinal)]
            .Edit("vendors:\n  - id: tasklane\n    platform: managed-crowd\n    pieceRates:\n      - {taskType: bbox, region: kenya, usd: 0.05}\n", "")
            .Edit("        vendor: tasklane", "        platform: open-market");

        var spec = ScenarioLoader.LoadText(yaml, "no-vendors.yaml");

        Assert.Empty(spec.Vendors);
        Assert.Empty(spec.Events);
    }

    [Fact]
    public void LoadText_Always_ReturnsListsThatCannotBeModified()
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.Yaml, "minimal.yaml");

        Assert.True(spec.Regions is not ICollection<RegionSpec> { IsReadOnly: false });
        Assert.True(spec.WorkerPools[0].Platforms is not ICollection<string> { IsReadOnly: false });
        Assert.True(spec.Labs[0].Demand is not ICollection<DemandSpec> { IsReadOnly: false });
    }

    [Theory]
    [InlineData("\"-05:00\"", -300)]
    [InlineData("+05:30", 330)]
    [InlineData("5.5", 330)]
    [InlineData("-5", -300)]
    [InlineData("0", 0)]
    [InlineData("\"+14:00\"", 840)]
    public void LoadText_WhenUtcOffsetIsWrittenEitherWay_ReadsMinutes(string written, int minutes)
    {
        var spec = ScenarioLoader.LoadText(MinimalScenario.With("utcOffset: \"+03:00\"", $"utcOffset: {written}"), "offset.yaml");

        Assert.Equal(minutes, spec.Regions[0].UtcOffsetMinutes);
    }
}
