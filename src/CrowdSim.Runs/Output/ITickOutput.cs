using CrowdSim.Model.Metrics;
using CrowdSim.Model.Workers;

namespace CrowdSim.Runs.Output;

/// <summary>
/// An output file written during a run, a tick at a time, and closed with the run's final worker
/// records. At a checkpoint it is made durable and marked; a resumed run rewinds it to the mark.
/// </summary>
public interface ITickOutput : IDisposable
{
    /// <summary>The file's name in the results folder.</summary>
    string FileName { get; }

    /// <summary>Writes one tick (called in tick order).</summary>
    void Write(TickReport tick);

    /// <summary>Writes what is only known at the end, and flushes.</summary>
    void Finish(IReadOnlyList<WorkerRecord> workers);

    /// <summary>Writes everything so far through to disk, in a form a reader could open, and says where it ends.</summary>
    OutputMark Checkpoint();

    /// <summary>Drops everything written after <paramref name="mark"/> (from this process or an earlier one).</summary>
    void Rewind(OutputMark mark);
}
