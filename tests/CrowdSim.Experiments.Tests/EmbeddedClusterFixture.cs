using CrowdSim.Runs.Hosting;

namespace CrowdSim.Experiments.Tests;

/// <summary>One embedded Orleans silo shared by the experiment tests.</summary>
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

[CollectionDefinition(Name)]
public sealed class EmbeddedClusterCollection : ICollectionFixture<EmbeddedClusterFixture>
{
    public const string Name = "embedded";
}
