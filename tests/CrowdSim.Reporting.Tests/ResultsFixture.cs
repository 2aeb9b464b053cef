using CrowdSim.Experiments;
using CrowdSim.Experiments.Output;
using CrowdSim.Results.Experiment;
using CrowdSim.Runs;
using CrowdSim.Runs.Hosting;
using CrowdSim.Scenarios;

namespace CrowdSim.Reporting.Tests;

/// <summary>
/// Real results made once for all report tests, on one embedded silo: the tiny scenario run for
/// one day, and a comparison of it with a pay-floor variant over two replications. Each folder's
/// report is built once, here. Set CROWDSIM_KEEP_TEST_REPORTS=1 to keep the folders (under the
/// temp folder's crowdsim-tests/) and look at the reports.
/// </summary>
public sealed class ResultsFixture : IAsyncLifetime
{
    public const int Replications = 2;

    public string RunFolder { get; private set; } = "";

    public string RunReport { get; private set; } = "";

    public string ExperimentFolder { get; private set; } = "";

    public string ExperimentReport { get; private set; } = "";

    public string[] CellLabels { get; } = ["tiny", "pay-floor"];

    public async Task InitializeAsync()
    {
        await using var cluster = await EmbeddedCluster.StartAsync();
        var tiny = ScenarioLoader.LoadFile(TestScenarios.Tiny) with { Days = 1 };
        var payFloor = ScenarioLoader.LoadFile(TestScenarios.File("tiny-pay-floor.yaml")) with { Days = 1 };

        RunFolder = TempFolders.New("run");
        // timeseries.csv kept too, to compare with the hourly file and to stand for a folder from before it.
        await new SimulationRunner(cluster.Grains, "test").RunAsync(tiny, new RunRequest(RunFolder, 100, "tiny.yaml", "crowdsim run tiny.yaml --days 1") { TimeSeriesCsv = true });

        ExperimentFolder = TempFolders.New("experiment");
        var request = new ExperimentRequest(
            [new ExperimentCell(CellLabels[0], tiny, "tiny.yaml", []), new ExperimentCell(CellLabels[1], payFloor, "tiny-pay-floor.yaml", [])],
            Replications,
            tiny.Seed,
            Parallel: 2,
            ExperimentFolder,
            WorkersPerGrain: 100,
            "crowdsim compare tiny.yaml tiny-pay-floor.yaml --replications 2 --days 1");
        var result = await new ExperimentRunner(cluster.Grains, "test").RunAsync(request);
        ExperimentWriter.WriteAggregate(ExperimentFolder, ExperimentTables.Aggregate(result));
        ExperimentWriter.WriteComparison(ExperimentFolder, ExperimentTables.Compare(result));
        ExperimentWriter.WriteManifest(ExperimentFolder, ExperimentManifest.Of(result));

        RunReport = ReportBuilder.Build(RunFolder);
        ExperimentReport = ReportBuilder.Build(ExperimentFolder);
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("CROWDSIM_KEEP_TEST_REPORTS") == "1")
            return Task.CompletedTask;
        foreach (var folder in new[] { RunFolder, ExperimentFolder })
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class ResultsCollection : ICollectionFixture<ResultsFixture>
{
    public const string Name = "results";
}
