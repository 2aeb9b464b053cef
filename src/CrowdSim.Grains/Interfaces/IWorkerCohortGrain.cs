using CrowdSim.Model.Simulation;
using CrowdSim.Grains.Messages;

namespace CrowdSim.Grains.Interfaces;

/// <summary>A block of workers held as arrays in one grain (many workers per grain; see <c>--workers-per-grain</c>).</summary>
public interface IWorkerCohortGrain : IGrainWithStringKey, IRunParticipant
{
    /// <summary>Draws the workers' profiles and first checks; returns when the first check is due.</summary>
    Task<long> InitAsync(RunSetup setup, int cohort);

    /// <summary>Events phase: applies a notifications policy.</summary>
    Task EventAsync(EventMessage message);

    /// <summary>
    /// Cohort round: closes the previous tick if asked, then runs what is due this tick (after the tick's
    /// push alerts, if any), sending the workers' claims to the platforms (<see cref="CohortTurn"/>).
    /// </summary>
    Task<CohortTurnDone> TurnAsync(CohortTurnMessage turn);

    /// <summary>Clearing phase: what a platform reports on the cohort's workers.</summary>
    Task OutcomesAsync(OutcomeBatch batch);

    /// <summary>Metrics phase, at the end of a step: closes the tick (the cohort's counts and its next due check).</summary>
    Task<CohortTick> MetricsAsync(int tick);

    Task<CohortRecords> RecordsAsync();
}
