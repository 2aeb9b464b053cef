namespace CrowdSim.Runs;

/// <summary>How far a run has got.</summary>
public readonly record struct RunProgress(int TicksDone, int TicksTotal, double SimulatedDays);
