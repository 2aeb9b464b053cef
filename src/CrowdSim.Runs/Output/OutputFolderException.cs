namespace CrowdSim.Runs.Output;

/// <summary>The results folder asked for cannot be used (bad input: exit code 2).</summary>
public sealed class OutputFolderException(string message) : Exception(message);
