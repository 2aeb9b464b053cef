using CrowdSim.Grains.Messages;

namespace CrowdSim.Grains.Interfaces;

/// <summary>A vendor: holds its wage policy and posts labs' work on its platform.</summary>
public interface IVendorGrain : IGrainWithStringKey, IRunParticipant
{
    Task InitAsync(RunSetup setup, int vendor);

    /// <summary>Builds the vendor from the scenario, then puts back the state a checkpoint saved (its platform has its own copy of the rates).</summary>
    Task RestoreAsync(RunSetup setup, int vendor, byte[] state);

    Task ApplyAsync(EventMessage message);

    /// <summary>Posts a lab's tasks on the vendor's platform.</summary>
    Task PostAsync(TaskBatch batch);
}
