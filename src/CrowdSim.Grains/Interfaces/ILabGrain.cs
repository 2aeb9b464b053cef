using CrowdSim.Grains.Messages;

namespace CrowdSim.Grains.Interfaces;

/// <summary>An AI lab: creates demand each tick and posts it on the platforms.</summary>
public interface ILabGrain : IGrainWithStringKey, IRunParticipant
{
    Task InitAsync(RunSetup setup, int lab);

    /// <summary>Events phase: applies a scenario event (a surge, an automation shock).</summary>
    Task EventAsync(EventMessage message);

    /// <summary>
    /// Demand phase: creates the tasks of <paramref name="ticks"/> ticks from <paramref name="firstTick"/>,
    /// one tick after another, posts them on the platforms (a vendor's on the vendor's platform; one
    /// post per platform), and returns the lab's report of each tick.
    /// </summary>
    Task<LabTick> DemandAsync(int firstTick, int ticks);
}
