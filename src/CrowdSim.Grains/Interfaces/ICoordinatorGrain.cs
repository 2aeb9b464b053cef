using CrowdSim.Grains.Messages;

namespace CrowdSim.Grains.Interfaces;

/// <summary>
/// The single owner of simulated time for a run: advances ticks through fixed phases with a
/// barrier after each (events → lab demand → worker check-ins → platform clearing → metrics).
/// Keyed by run id.
/// </summary>
public interface ICoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Creates and initialises every grain of the run.</summary>
    Task StartAsync(RunSetup setup);

    /// <summary>Runs up to <paramref name="maxTicks"/> ticks and returns what each measured.</summary>
    Task<StepResult> StepAsync(int maxTicks);

    /// <summary>Collects end-of-run results, then releases every grain of the run.</summary>
    Task<RunFinal> FinishAsync();
}
