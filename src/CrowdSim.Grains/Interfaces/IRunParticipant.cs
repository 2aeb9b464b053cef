using CrowdSim.Grains.Messages;

namespace CrowdSim.Grains.Interfaces;

/// <summary>A grain that belongs to one run: it can be checkpointed, restored, and let go when the run is over.</summary>
public interface IRunParticipant
{
    /// <summary>Drops the run's state and deactivates.</summary>
    Task ReleaseAsync();

    /// <summary>The grain's whole model state, at a tick barrier (for a checkpoint).</summary>
    Task<byte[]> SaveAsync();

    /// <summary>
    /// Builds the grain (the <paramref name="index"/>-th of its kind) from the scenario, then puts
    /// back the state <see cref="SaveAsync"/> returned. A vendor does not publish its rates: its
    /// platform's state has its own copy.
    /// </summary>
    Task RestoreAsync(RunSetup setup, int index, byte[] state);
}
