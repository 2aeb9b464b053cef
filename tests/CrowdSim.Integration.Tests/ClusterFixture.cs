using CrowdSim.Grains.Hosting;
using CrowdSim.Runs.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace CrowdSim.Integration.Tests;

/// <summary>
/// One in-process Orleans test cluster of two silos shared by the integration tests. Two silos,
/// so that grain calls really cross silos and every message is serialised.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    public IGrainFactory Grains => _cluster?.Client ?? throw new InvalidOperationException("cluster not started");

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddCrowdSimSerialization();
            silo.Services.AddCrowdSimPlacement();
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = RunTimeouts.GrainCall);
        });
        builder.ConfigureClient(client =>
        {
            client.Services.AddCrowdSimSerialization();
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = RunTimeouts.GrainCall);
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
