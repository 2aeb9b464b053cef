using CrowdSim.Runs.Hosting;
using Xunit;

namespace CrowdSim.Testing.Cluster;

/// <summary>
/// One embedded Orleans silo (the one <c>crowdsim run</c> starts), for tests to share through a
/// collection fixture; each test project declares its own <c>[CollectionDefinition]</c> for it.
/// </summary>
public sealed class EmbeddedClusterFixture : IAsyncLifetime
{
    private EmbeddedCluster? _cluster;

    public IGrainFactory Grains => _cluster?.Grains ?? throw new InvalidOperationException("cluster not started");

    public async Task InitializeAsync() => _cluster = await EmbeddedCluster.StartAsync();

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
            await _cluster.DisposeAsync();
    }
}
