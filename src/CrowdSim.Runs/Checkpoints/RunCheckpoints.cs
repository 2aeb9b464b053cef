using System.Diagnostics;
using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Metrics;
using CrowdSim.Results.Run;
using CrowdSim.Runs.Output;

namespace CrowdSim.Runs.Checkpoints;

/// <summary>
/// One checkpointed run's side of its checkpoint folder: writes checkpoints at tick barriers,
/// restores the run's grains, totals and output files from one, and keeps the record of every
/// time the run went back to one.
/// </summary>
internal sealed class RunCheckpoints(IGrainFactory grains, CheckpointStore store, IEnumerable<RunRecovery> earlier)
{
    private readonly Stopwatch _clock = new();
    private readonly List<RunRecovery> _recoveries = [.. earlier];
    private int _written;
    private long _lastStateBytes;

    public CheckpointStore Store => store;

    /// <summary>Every time the run went back to a checkpoint, this process's included.</summary>
    public IReadOnlyList<RunRecovery> Recoveries => _recoveries;

    /// <summary>What checkpoints cost this process, for the manifest.</summary>
    public CheckpointFacts Facts => new(store.Run.EveryTicks, _written, Math.Round(_clock.Elapsed.TotalSeconds, 3), _lastStateBytes);

    /// <summary>Ticks left until the next checkpoint is due, after <paramref name="ticks"/> ticks.</summary>
    public int TicksToNext(int ticks) => store.Run.EveryTicks - (ticks % store.Run.EveryTicks);

    /// <summary>Whether a checkpoint is due at the barrier after <paramref name="ticks"/> ticks.</summary>
    public bool Due(int ticks) => ticks % store.Run.EveryTicks == 0;

    public void Recovered(RunRecovery recovery) => _recoveries.Add(recovery);

    /// <summary>
    /// Writes a checkpoint at the barrier after <paramref name="totals"/>' last tick. The outputs are
    /// made durable first, so the state never refers to rows that are not on disk.
    /// </summary>
    public async Task SaveAsync(RunSetup setup, ICoordinatorGrain coordinator, RunTotals totals, IReadOnlyList<ITickOutput> outputs, Func<Task, Task> watched)
    {
        _clock.Start();
        try
        {
            var marks = outputs.Select(o => o.Checkpoint()).ToArray();
            var totalsState = StateWriter.ToBytes(totals.Save);
            var saved = await store.SaveAsync(totals.Ticks, totals.Ticks * setup.Scenario.TickMinutes / 1440.0, marks, [.. _recoveries],
                path => StateFile.WriteAsync(path, Header(totals.Ticks), coordinator, totalsState, new RunParticipants(grains, setup), watched));
            _written++;
            _lastStateBytes = saved.StateBytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputWriteException.From(store.Folder, e);
        }
        finally
        {
            _clock.Stop();
        }
    }

    /// <summary>Rewinds the outputs to <paramref name="from"/>, gives every grain of the new run its saved state, and the totals theirs.</summary>
    public async Task RestoreAsync(
        RunSetup setup, ICoordinatorGrain coordinator, CheckpointInfo from, RunTotals totals, IReadOnlyList<ITickOutput> outputs, Func<Task, Task> watched)
    {
        foreach (var output in outputs)
        {
            var mark = from.Outputs.SingleOrDefault(m => m.File == output.FileName)
                ?? throw new CheckpointException($"the checkpoint at tick {from.Tick} has no mark for {output.FileName}");
            try
            {
                output.Rewind(mark);
            }
            catch (IOException e)
            {
                throw new CheckpointException($"{store.OutputsPath}: {e.Message}");
            }
        }
        var path = store.StatePath(from);
        var (own, totalsState) = await StateFile.RestoreAsync(path, from.StateSha256, Header(from.Tick), new RunParticipants(grains, setup), watched);
        await watched(coordinator.ResumeAsync(setup, own));
        StateReader.FromBytes(totalsState, totals.Restore);
        if (totals.Ticks != from.Tick)
            throw new CheckpointException($"{path}: holds {totals.Ticks} ticks where checkpoint.json says {from.Tick}");
    }

    private StateFile.Header Header(int tick) => new(CheckpointStore.FormatVersion, store.Run.ScenarioSha256, tick, store.Run.WorkersPerGrain);
}
