using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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

    /// <summary>"embedded", or the Redis address of the cluster.</summary>
    public string Name { get; }

    /// <summary>Starts the embedded silo, or connects to the cluster at <paramref name="cluster"/> (a <c>redis://</c> address).</summary>
    public static async Task<RunCluster> StartAsync(string? cluster, CancellationToken cancellation = default)
    {
        if (cluster is null)
        {
            var embedded = await EmbeddedCluster.StartAsync(cancellation);
            return new RunCluster(embedded, null, embedded.Grains, "embedded");
        }
        var address = ClusterAddress.Parse(cluster);
        var client = ClusterHosting.Client(address);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            await client.StartAsync(timeout.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            client.Dispose();
            throw new ClusterUnavailableException($"could not connect to a CrowdSim cluster at {address} (is Redis running there, and at least one `crowdsim silo --cluster {address}`?): {e.Message}", e);
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
}

/// <summary>The cluster named by <c>--cluster</c> cannot be reached.</summary>
public sealed class ClusterUnavailableException(string message, Exception inner) : Exception(message, inner);
