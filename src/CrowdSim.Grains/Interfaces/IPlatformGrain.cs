using CrowdSim.Grains.Messages;

namespace CrowdSim.Grains.Interfaces;

/// <summary>A platform: its queues, the workers in session on it, and the clearing of each tick.</summary>
public interface IPlatformGrain : IGrainWithStringKey, IRunParticipant
{
    Task InitAsync(RunSetup setup, int platform);

    Task ApplyAsync(EventMessage message);

    Task SetVendorRatesAsync(int vendor, long[] rates);

    Task EnqueueAsync(TaskBatch batch);

    Task ClaimAsync(ClaimBatch batch);

    /// <summary>Clears the tick, sends each cohort its outcomes, and returns the platform's counts.</summary>
    Task<PlatformTick> RunTickAsync(int tick);

    /// <summary>Waits to first pickup of every task taken on this platform, per queue.</summary>
    Task<PlatformWaits> WaitsAsync();
}
