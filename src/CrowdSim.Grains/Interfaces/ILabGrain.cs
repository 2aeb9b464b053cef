using CrowdSim.Grains.Messages;

namespace CrowdSim.Grains.Interfaces;

/// <summary>An AI lab: creates demand each tick and posts it on the platforms.</summary>
public interface ILabGrain : IGrainWithStringKey, IRunParticipant
{
    Task InitAsync(RunSetup setup, int lab);

    /// <summary>Events phase: applies a scenario event (a surge, an automation shock).</summary>
    Task EventAsync(EventMessage message);

    /// <summary>Demand phase: creates this tick's tasks, posts them on the platforms (a vendor's on the vendor's platform), and returns the lab's report.</summary>
    Task<LabTick> DemandAsync(int tick);
}
