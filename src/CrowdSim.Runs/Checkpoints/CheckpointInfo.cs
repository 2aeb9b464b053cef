using CrowdSim.Results.Run;
using CrowdSim.Runs.Output;

namespace CrowdSim.Runs.Checkpoints;

/// <summary>checkpoint.json: one complete checkpoint, the tick it was taken after and where each output file stood.</summary>
/// <param name="Tick">Ticks completed when it was taken; the resumed run starts with this tick.</param>
/// <param name="Outputs">Each streamed output file's mark.</param>
/// <param name="StateSha256">SHA-256 of state.bin.</param>
/// <param name="Recoveries">The times the run had gone back to a checkpoint before this one was taken (for the manifest).</param>
public sealed record CheckpointInfo(int Format, int Tick, double SimulatedDays, IReadOnlyList<OutputMark> Outputs, string StateSha256, long StateBytes, IReadOnlyList<RunRecovery> Recoveries);
