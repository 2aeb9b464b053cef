using CrowdSim.Grains.Messages;

namespace CrowdSim.Grains.Interfaces;

/// <summary>A platform: its queues, the workers in session on it, and the clearing of each tick.</summary>
public interface IPlatformGrain : IGrainWithStringKey, IRunParticipant
{
    Task InitAsync(RunSetup setup, int platform);

    /// <summary>Events phase: applies a wage change or a policy.</summary>
    Task EventAsync(EventMessage message);

    /// <summary>A vendor's current piece rates (from the vendor, at the start and when they change).</summary>
    Task SetVendorRatesAsync(int vendor, long[] rates);

    /// <summary>Demand: tasks a lab posts for this tick or coming ones (while this one clears); each kept until its tick's clearing.</summary>
    Task PostAsync(TaskBatch batch);

    /// <summary>Check-ins phase: a cohort's workers checking in this tick.</summary>
    Task CheckInAsync(ClaimBatch batch);

    /// <summary>Clearing phase: clears the tick, sends each cohort its outcomes, and returns the platform's report.</summary>
    Task<PlatformTick> ClearingAsync(int tick);

    /// <summary>Waits to first pickup of every task taken on this platform, per queue.</summary>
    Task<PlatformWaits> WaitsAsync();
}
