using CrowdSim.Runs;
using CrowdSim.Runs.Hosting;
using CrowdSim.Scenarios;
using CrowdSim.Testing;

namespace CrowdSim.Validation.Tests;

/// <summary>
/// The bundled baseline run for its whole month gives the resultHash pinned in
/// tests/golden/result-hashes/baseline-30d.txt (the two-day hashes of every scenario are pinned in
/// the integration tests). A deliberate change: see <see cref="Golden"/>.
/// </summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class FullHorizonGoldenTests
{
    [Fact]
    [Trait("Category", Golden.Category)]
    public async Task Baseline_for_thirty_days_gives_the_pinned_resultHash()
    {
        var spec = ScenarioLoader.LoadFile(RepoRoot.File("scenarios/baseline.yaml"));
        Assert.Equal(30, spec.Days);
        var folder = Path.Combine(Path.GetTempPath(), "crowdsim-validation", $"golden-baseline-{Environment.ProcessId}");
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        await using var cluster = await EmbeddedCluster.StartAsync();
        var result = await new SimulationRunner(cluster.Grains, "validation")
            .RunAsync(spec, new RunRequest(folder, RunRequest.DefaultWorkersPerGrain, null, "validation"));
        Directory.Delete(folder, recursive: true);
        var difference = Golden.Check("result-hashes/baseline-30d", result.Summary.ResultHash);
        Assert.True(difference is null, difference);
    }
}
