using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Messaging;

namespace CrowdSim.Runs.Hosting;

/// <summary>
/// The cluster a command runs on: the embedded silo in this process (the default, nothing to
/// install), or, with <c>--cluster redis://HOST:PORT</c>, a client of silos started with
/// <c>crowdsim silo</c>.
/// </summary>
public sealed class RunCluster : IAsyncDisposable
{
    private readonly EmbeddedCluster? _embedded;
    private readonly IHost? _client;

    private RunCluster(EmbeddedCluster? embedded, IHost? client, IGrainFactory grains, string name)
    {
        _embedded = embedded;
        _client = client;
        Grains = grains;
        Name = name;
        Watch = client is null ? null : new MembershipWatch(grains);
    }

    public IGrainFactory Grains { get; }

    /// <summary>Watches a multi-silo cluster's membership for lost silos; null for the embedded silo, which lives and dies with the run.</summary>
    public ISiloWatch? Watch { get; }

    /// <summary>"embedded", or the Redis address of the cluster with its password hidden (what manifests record).</summary>
    public string Name { get; }

    /// <summary>
    /// Starts the embedded silo, or connects to the cluster at <paramref name="cluster"/> (a <c>redis://</c>
    /// address; its password, if it has none, from $CROWDSIM_REDIS_PASSWORD). A cluster whose Redis does
    /// not answer, or where no silo answers within <see cref="RunTimeouts.SiloGateway"/>, is a
    /// <see cref="ClusterUnavailableException"/> saying which.
    /// </summary>
    public static async Task<RunCluster> StartAsync(string? cluster, CancellationToken cancellation = default)
    {
        if (cluster is null)
        {
            var embedded = await EmbeddedCluster.StartAsync(cancellation);
            return new RunCluster(embedded, null, embedded.Grains, "embedded");
        }
        var address = ClusterAddress.Parse(cluster).WithEnvironmentPassword();
        await RedisProbe.CheckAsync(address, cancellation);
        var client = ClusterHosting.Client(address);
        try
        {
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            patience.CancelAfter(RunTimeouts.SiloGateway * 3);
            await client.StartAsync(patience.Token);
        }
        catch (Exception e) when (!cancellation.IsCancellationRequested)
        {
            var reason = await NoSiloAsync(client, address, e);
            client.Dispose();
            throw new ClusterUnavailableException(address.Scrub(reason), e);
        }
        return new RunCluster(null, client, client.Services.GetRequiredService<IClusterClient>(), address.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        if (_embedded is not null)
            await _embedded.DisposeAsync();
        if (_client is not null)
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _client.StopAsync(stopping.Token);
            _client.Dispose();
        }
    }

    // Redis answered (RedisProbe), so either no silo is registered there or none of those registered answered.
    private static async Task<string> NoSiloAsync(IHost client, ClusterAddress address, Exception failure)
    {
        var start = $"start one with `crowdsim silo --cluster {address}`";
        try
        {
            var gateways = await client.Services.GetRequiredService<IGatewayListProvider>().GetGateways().WaitAsync(RunTimeouts.RedisAnswer);
            if (gateways.Count == 0)
                return $"no silo has joined the cluster at {address}: its Redis answers but lists no live silo; {start}";
            return $"none of the {gateways.Count} silos the cluster at {address} lists answered within {RunTimeouts.SiloGateway.TotalSeconds:0} s ({FirstLine(failure)}); {start}";
        }
        catch (Exception)
        {
            return $"no silo of the cluster at {address} answered within {RunTimeouts.SiloGateway.TotalSeconds:0} s ({FirstLine(failure)}); {start}";
        }
    }

    private static string FirstLine(Exception e) => e.Message.Split('\n', 2)[0].Trim();
}
