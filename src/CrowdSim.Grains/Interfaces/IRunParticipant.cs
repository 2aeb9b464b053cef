namespace CrowdSim.Grains.Interfaces;

/// <summary>A grain that belongs to one run and can be let go when the run is over.</summary>
public interface IRunParticipant
{
    /// <summary>Drops the run's state and deactivates.</summary>
    Task ReleaseAsync();

    /// <summary>The grain's whole model state, at a tick barrier (for a checkpoint).</summary>
    Task<byte[]> SaveAsync();
}
