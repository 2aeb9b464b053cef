namespace CrowdSim.Runs.Hosting;

/// <summary>Time limits on grain calls during a run.</summary>
public static class RunTimeouts
{
    /// <summary>
    /// A coordinator step runs several ticks across every grain; for millions of workers that can take
    /// longer than Orleans' default 30 s response timeout.
    /// </summary>
    public static readonly TimeSpan GrainCall = TimeSpan.FromMinutes(10);
}
