using CrowdSim.Grains.Hosting;
using CrowdSim.Runs.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;
using Xunit;

namespace CrowdSim.Testing.Cluster;

/// <summary>
/// An in-process Orleans test cluster of two silos, for tests to share through a collection fixture.
/// Two silos, so that grain calls really cross silos and every message is serialised.
/// (xunit v2 finds collection definitions only in the test assembly: each test project declares its
/// own <c>[CollectionDefinition]</c> class for this fixture.)
/// </summary>
public sealed class TwoSiloClusterFixture : IAsyncLifetime
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
