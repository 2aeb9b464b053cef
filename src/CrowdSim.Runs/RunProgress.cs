namespace CrowdSim.Runs;

/// <summary>How far a run has got.</summary>
/// <param name="Notice">Something the user should be told now (a silo lost, a resume), or null.</param>
public readonly record struct RunProgress(int TicksDone, int TicksTotal, double SimulatedDays, string? Notice = null);
