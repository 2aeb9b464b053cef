namespace CrowdSim.Model.Checkpoints;

/// <summary>A checkpoint's state does not fit the scenario or the format this build reads.</summary>
public sealed class CheckpointFormatException(string message) : Exception(message);
