using System.Net;
using CrowdSim.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace CrowdSim.Runs.Hosting;

/// <summary>
/// A silo or a client of a multi-machine CrowdSim cluster whose membership is kept in Redis.
/// Every silo and client of one cluster uses the same cluster and service ids.
/// </summary>
public static class ClusterHosting
{
    public const string ClusterId = "crowdsim";
    public const string ServiceId = "crowdsim";

    /// <summary>A silo host (not started) that joins the cluster at <paramref name="address"/>.</summary>
    /// <param name="advertised">The IP address other silos and clients reach this one at, and the only one it listens on.</param>
    /// <param name="siloPort">Silo-to-silo port (0: a free one).</param>
    /// <param name="gatewayPort">Client gateway port (0: a free one).</param>
    /// <param name="name">The silo's name in the cluster's membership.</param>
    public static IHost Silo(ClusterAddress address, IPAddress advertised, int siloPort, int gatewayPort, string name, LogLevel logLevel = LogLevel.Warning)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(logLevel);
        // The watchdog warns of a stall at start-up, measured from an unset clock; real stalls still show at Error.
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = ClusterId;
                o.ServiceId = ServiceId;
            });
            silo.Configure<SiloOptions>(o => o.SiloName = name);
            var ports = (Silo: siloPort == 0 ? EmbeddedCluster.FreePort(advertised) : siloPort, Gateway: gatewayPort == 0 ? EmbeddedCluster.FreePort(advertised) : gatewayPort);
            silo.Configure<EndpointOptions>(o => SiloEndpoints.Configure(o, advertised, ports.Silo, ports.Gateway));
            silo.UseRedisClustering(o => o.ConfigurationOptions = address.RedisOptions());
            silo.Services.AddCrowdSimSerialization();
            silo.Services.AddCrowdSimPlacement();
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = RunTimeouts.GrainCall);
        });
        return builder.Build();
    }

    /// <summary>A client host (not started) of the cluster at <paramref name="address"/>.</summary>
    public static IHost Client(ClusterAddress address)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = ClusterId;
                o.ServiceId = ServiceId;
            });
            client.UseRedisClustering(o => o.ConfigurationOptions = address.RedisOptions());
            client.UseConnectionRetryFilter(new SiloGatewayRetry().ShouldRetryAsync);
            client.Services.AddCrowdSimSerialization();
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = RunTimeouts.GrainCall);
        });
        return builder.Build();
    }
}
