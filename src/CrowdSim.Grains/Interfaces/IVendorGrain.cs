using CrowdSim.Grains.Messages;

namespace CrowdSim.Grains.Interfaces;

/// <summary>A vendor: holds its wage policy and posts labs' work on its platform.</summary>
public interface IVendorGrain : IGrainWithStringKey, IRunParticipant
{
    Task InitAsync(RunSetup setup, int vendor);

    Task ApplyAsync(EventMessage message);

    /// <summary>Posts a lab's tasks on the vendor's platform.</summary>
    Task PostAsync(TaskBatch batch);
}
