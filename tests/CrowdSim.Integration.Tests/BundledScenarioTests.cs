using CrowdSim.Runs;
using CrowdSim.Scenarios;
using CrowdSim.Testing;

namespace CrowdSim.Integration.Tests;

/// <summary>
/// Every scenario in scenarios/ loads and runs for a short horizon with balanced books, so no example
/// can rot, and gives the resultHash pinned in tests/golden/result-hashes/ (a changed result is a
/// deliberate decision, see <see cref="Golden"/>).
/// </summary>
[Collection(ClusterCollection.Name)]
public class BundledScenarioTests(TwoSiloClusterFixture cluster)
{
    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepoRoot.BundledScenarios())
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    [Trait("Category", Golden.Category)]
    public async Task Scenario_RunsTwoDays_WithBalancedBooks_AndThePinnedResultHash(string file)
    {
        var spec = ScenarioLoader.LoadFile(RepoRoot.Scenario(file));
        // Two days fall before most scenarios' measurement windows open: these runs measure all of them.
        spec = spec with { Days = Math.Min(spec.Days, 2), Measure = null };
        var runner = new SimulationRunner(cluster.Grains, "test-cluster");
        var result = await runner.RunAsync(spec, new RunRequest(TempFolders.New("bundled"), RunRequest.DefaultWorkersPerGrain, null, "test"));
        var s = result.Summary;
        Assert.True(s.Tasks.Completed > 0, "no work was done");
        Assert.Equal(s.Tasks.Created, s.Tasks.Automated + s.Tasks.Posted);
        Assert.Equal(s.Tasks.Posted, s.Tasks.Completed + s.Tasks.Expired + s.Tasks.OpenAtEnd);
        Assert.Equal(s.Tasks.Completed, s.Tasks.Approved + s.Tasks.Rejected);
        Assert.Equal(s.Money.LabSpend, s.Money.VendorMargin + s.Money.PlatformFees + s.Money.WorkerPay + s.Money.OwedAtEnd);
        var difference = Golden.Check($"result-hashes/{Path.GetFileNameWithoutExtension(file)}-{spec.Days}d", s.ResultHash);
        Assert.True(difference is null, difference);
    }
}
