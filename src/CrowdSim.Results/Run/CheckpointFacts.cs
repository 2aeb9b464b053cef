namespace CrowdSim.Results.Run;

/// <summary>What checkpointing cost a run (in manifest.json; null when the run wrote none).</summary>
/// <param name="EveryTicks">Ticks between checkpoints.</param>
/// <param name="Written">Checkpoints written by this process.</param>
/// <param name="Seconds">Wall time spent writing them, outputs' flushes included.</param>
/// <param name="LastStateBytes">Size of the last state file written.</param>
public sealed record CheckpointFacts(int EveryTicks, int Written, double Seconds, long LastStateBytes);
