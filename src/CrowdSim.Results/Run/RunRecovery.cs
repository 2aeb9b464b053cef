namespace CrowdSim.Results.Run;

/// <summary>A run that went back to a checkpoint: why, where it had got to, and the tick it resumed from.</summary>
/// <param name="Reason">"resumed with --resume", or the silo that was lost.</param>
/// <param name="StoppedAtTick">Ticks completed when it stopped (null when not known: a run resumed from another process).</param>
/// <param name="ResumedFromTick">The checkpoint's tick.</param>
public sealed record RunRecovery(string Reason, int? StoppedAtTick, int ResumedFromTick);
