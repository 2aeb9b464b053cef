namespace CrowdSim.Experiments;

/// <summary>How far an experiment has got: runs finished of all, and the simulated days done across runs in progress and finished.</summary>
public readonly record struct ExperimentProgress(int RunsDone, int RunsTotal, double SimulatedDaysDone, double SimulatedDaysTotal);
