namespace CrowdSim.Model.Market;

/// <summary>The outcomes a platform sends one worker cohort, in the order they happened.</summary>
public sealed record CohortOutcomes(int Cohort, WorkerOutcome[] Outcomes);
