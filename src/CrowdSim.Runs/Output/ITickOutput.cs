using CrowdSim.Model.Metrics;
using CrowdSim.Model.Workers;

namespace CrowdSim.Runs.Output;

/// <summary>An output file written during a run, a tick at a time, and closed with the run's final worker records.</summary>
public interface ITickOutput : IDisposable
{
    /// <summary>Writes one tick (called in tick order).</summary>
    void Write(TickReport tick);

    /// <summary>Writes what is only known at the end, and flushes.</summary>
    void Finish(IReadOnlyList<WorkerRecord> workers);
}
