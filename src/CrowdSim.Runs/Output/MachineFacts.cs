namespace CrowdSim.Runs.Output;

/// <summary>The machine a run ran on.</summary>
public sealed record MachineFacts(string Os, int Cores, string Runtime, string HostName);
