using System.Diagnostics;

namespace CrowdSim.Runs.Hosting;

/// <summary>
/// How long a client of the cluster goes on trying to reach a silo's gateway when it starts: once a
/// second for <see cref="RunTimeouts.SiloGateway"/> (a silo may be just starting), then it gives up.
/// Orleans' own policy retries for about a minute.
/// </summary>
internal sealed class SiloGatewayRetry
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    private readonly Stopwatch _since = new();

    /// <summary>Whether to try again after <paramref name="failure"/>; waits the pause first.</summary>
    public async Task<bool> ShouldRetryAsync(Exception failure, CancellationToken cancellation)
    {
        if (!_since.IsRunning)
            _since.Start();
        if (cancellation.IsCancellationRequested || _since.Elapsed + Pause > RunTimeouts.SiloGateway)
            return false;
        await Task.Delay(Pause, cancellation);
        return true;
    }
}
