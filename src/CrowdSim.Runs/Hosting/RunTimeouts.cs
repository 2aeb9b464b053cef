namespace CrowdSim.Runs.Hosting;

/// <summary>Time limits on reaching a cluster and on grain calls during a run.</summary>
public static class RunTimeouts
{
    /// <summary>
    /// A coordinator step runs several ticks across every grain; for millions of workers that can take
    /// longer than Orleans' default 30 s response timeout.
    /// </summary>
    public static readonly TimeSpan GrainCall = TimeSpan.FromMinutes(10);

    /// <summary>How long to wait for the cluster's Redis to answer (connecting, then a PING).</summary>
    public static readonly TimeSpan RedisAnswer = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a client goes on trying to reach a silo of the cluster (one that is just starting, say)
    /// before it says that none is there.
    /// </summary>
    public static readonly TimeSpan SiloGateway = TimeSpan.FromSeconds(10);
}
