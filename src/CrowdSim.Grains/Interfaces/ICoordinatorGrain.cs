using CrowdSim.Grains.Messages;
using CrowdSim.Model.Simulation;

namespace CrowdSim.Grains.Interfaces;

/// <summary>
/// The single owner of simulated time for a run: advances ticks through the phases of
/// <see cref="TickPlan"/> with a barrier after each (Events → Demand → Check-ins → Clearing →
/// Metrics). Keyed by run id.
/// </summary>
public interface ICoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Creates and initialises every grain of the run.</summary>
    Task StartAsync(RunSetup setup);

    /// <summary>
    /// Takes over a run restored from a checkpoint: every participant has already been restored
    /// (see <see cref="IRunParticipant.SaveAsync"/>); <paramref name="state"/> is what
    /// <see cref="SaveAsync"/> returned.
    /// </summary>
    Task ResumeAsync(RunSetup setup, byte[] state);

    /// <summary>The coordinator's own state between steps: the next tick and when each cohort is next due (<see cref="TickPlan.Save"/>).</summary>
    Task<byte[]> SaveAsync();

    /// <summary>Runs up to <paramref name="maxTicks"/> ticks and returns what each measured.</summary>
    Task<StepResult> StepAsync(int maxTicks);

    /// <summary>Collects end-of-run results, then releases every grain of the run.</summary>
    Task<RunFinal> FinishAsync();
}
