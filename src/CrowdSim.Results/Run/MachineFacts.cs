namespace CrowdSim.Results.Run;

/// <summary>The machine a run ran on.</summary>
public sealed record MachineFacts(string Os, int Cores, string Runtime, string HostName);
