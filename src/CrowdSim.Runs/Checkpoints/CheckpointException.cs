namespace CrowdSim.Runs.Checkpoints;

/// <summary>A checkpoint folder that cannot be resumed from: missing, incomplete, damaged, or written by another format or scenario.</summary>
public sealed class CheckpointException(string message) : Exception(message);
