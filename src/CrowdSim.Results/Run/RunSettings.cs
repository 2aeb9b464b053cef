namespace CrowdSim.Results.Run;

/// <summary>Settings that shaped the run (none of them may change its results).</summary>
public sealed record RunSettings(int Days, int TickMinutes, int Workers, int WorkersPerGrain, int Grains, string Cluster);
