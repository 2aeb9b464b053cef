using System.Net;
using System.Net.Sockets;
using CrowdSim.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace CrowdSim.Runs.Hosting;

/// <summary>
/// One Orleans silo inside this process, with localhost clustering on free loopback ports, so
/// that several runs (or test processes) can live side by side. Nothing to install.
/// </summary>
public sealed class EmbeddedCluster : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedCluster(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IGrainFactory>();
    }

    /// <summary>The grain factory of the embedded silo.</summary>
    public IGrainFactory Grains { get; }

    /// <summary>Starts the silo.</summary>
    public static async Task<EmbeddedCluster> StartAsync(CancellationToken cancellation = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreePort(IPAddress.Loopback), gatewayPort: FreePort(IPAddress.Loopback));
            silo.Services.AddCrowdSimSerialization();
            silo.Services.AddCrowdSimPlacement();
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = RunTimeouts.GrainCall);
        });
        var host = builder.Build();
        await host.StartAsync(cancellation);
        return new EmbeddedCluster(host);
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(stopping.Token);
        _host.Dispose();
    }

    /// <summary>A TCP port free on <paramref name="address"/> right now.</summary>
    internal static int FreePort(IPAddress address)
    {
        using var listener = new TcpListener(address, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
