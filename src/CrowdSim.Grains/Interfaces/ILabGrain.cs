using CrowdSim.Grains.Messages;

namespace CrowdSim.Grains.Interfaces;

/// <summary>An AI lab: creates demand each tick and sends it to vendors and open marketplaces.</summary>
public interface ILabGrain : IGrainWithStringKey, IRunParticipant
{
    Task InitAsync(RunSetup setup, int lab);

    Task ApplyAsync(EventMessage message);

    /// <summary>Creates this tick's tasks, delivers them, and returns the lab's counts.</summary>
    Task<LabTick> GenerateAsync(int tick);
}
