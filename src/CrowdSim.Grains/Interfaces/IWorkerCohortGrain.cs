using CrowdSim.Grains.Messages;

namespace CrowdSim.Grains.Interfaces;

/// <summary>A block of workers held as arrays in one grain (many workers per grain; see <c>--workers-per-grain</c>).</summary>
public interface IWorkerCohortGrain : IGrainWithStringKey, IRunParticipant
{
    /// <summary>Draws the workers' profiles and first checks; returns when the first check is due.</summary>
    Task<long> InitAsync(RunSetup setup, int cohort);

    /// <summary>Lets workers whose check is due this tick look for work, sending claims to platforms.</summary>
    Task CollectAsync(int tick);

    Task ApplyEventAsync(EventMessage message);

    Task ApplyAsync(OutcomeBatch batch);

    /// <summary>Closes the tick: the cohort's counts and its next due check.</summary>
    Task<CohortTick> EndTickAsync(int tick);

    Task<CohortRecords> RecordsAsync();
}
