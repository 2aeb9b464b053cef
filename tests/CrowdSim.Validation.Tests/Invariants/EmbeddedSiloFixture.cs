using CrowdSim.Runs.Hosting;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>One embedded Orleans silo, shared by the tests of a class that run scenarios on grains.</summary>
public sealed class EmbeddedSiloFixture : IAsyncLifetime
{
    private EmbeddedCluster? _cluster;

    public IGrainFactory Grains => _cluster?.Grains ?? throw new InvalidOperationException("silo not started");

    public async Task InitializeAsync() => _cluster = await EmbeddedCluster.StartAsync();

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
            await _cluster.DisposeAsync();
    }
}
