using System.Net.Sockets;
using StackExchange.Redis;

namespace CrowdSim.Runs.Hosting;

/// <summary>
/// Checks that a cluster's Redis answers, and takes the password, before Orleans is started on it.
/// Orleans would retry for a minute and then fail with a stack trace; this says in one line, within
/// seconds, which address did not answer and why (<see cref="ClusterUnavailableException"/>).
/// </summary>
public static class RedisProbe
{
    /// <summary>Connects to the Redis at <paramref name="address"/>, authenticates and sends a PING.</summary>
    public static async Task CheckAsync(ClusterAddress address, CancellationToken cancellation)
    {
        var options = address.RedisOptions();
        await ReachAsync(address, options.EndPoints[0], cancellation);
        options.AbortOnConnectFail = true;
        options.ConnectRetry = 1;
        options.ConnectTimeout = (int)RunTimeouts.RedisAnswer.TotalMilliseconds;
        try
        {
            await using var redis = await ConnectionMultiplexer.ConnectAsync(options).WaitAsync(RunTimeouts.RedisAnswer * 2, cancellation);
            await redis.GetDatabase().PingAsync().WaitAsync(RunTimeouts.RedisAnswer, cancellation);
        }
        catch (RedisConnectionException e) when (e.FailureType == ConnectionFailureType.AuthenticationFailure)
        {
            var refused = address.Password is null ? "Redis asks for a password and none was given" : "Redis refused the user name and password";
            throw Unavailable(address, $"{refused}; give it as redis://:PASSWORD@HOST:PORT or in {ClusterAddress.PasswordVariable}", e);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            var reason = address.Tls
                ? "no TLS session (is that Redis's TLS port, and does this machine trust its certificate?)"
                : $"it does not answer as Redis does ({FirstSentence(e.Message)})";
            throw Unavailable(address, reason, e);
        }
    }

    /// <summary>Opens (and closes) a TCP connection, so that a closed port or an unknown host is named as such.</summary>
    private static async Task ReachAsync(ClusterAddress address, System.Net.EndPoint endPoint, CancellationToken cancellation)
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        patience.CancelAfter(RunTimeouts.RedisAnswer);
        try
        {
            await socket.ConnectAsync(endPoint, patience.Token);
        }
        catch (SocketException e)
        {
            throw Unavailable(address, e.Message, e);
        }
        catch (OperationCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            throw Unavailable(address, $"no answer within {RunTimeouts.RedisAnswer.TotalSeconds:0} s", e);
        }
    }

    private static ClusterUnavailableException Unavailable(ClusterAddress address, string reason, Exception inner) =>
        new(address.Scrub($"cannot reach the cluster's Redis at {address}: {reason}"), inner);

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        var stop = line.IndexOf(". ", StringComparison.Ordinal);
        return stop > 0 ? line[..stop] : line.TrimEnd('.');
    }
}
