using CrowdSim.Model.Metrics;

namespace CrowdSim.Runs.Output;

/// <summary>The rows a table streamed a tick at a time takes from each tick and at the end, and what a checkpoint keeps of rows not yet written.</summary>
/// <typeparam name="TRow">The table's row.</typeparam>
internal interface ITickRows<TRow>
{
    /// <summary>The rows to write after <paramref name="tick"/> (called in tick order).</summary>
    IEnumerable<TRow> Of(TickReport tick);

    /// <summary>The rows still to write when the run ends.</summary>
    IEnumerable<TRow> AtEnd();

    /// <summary>What is held and not yet written, or null when nothing ever is.</summary>
    byte[]? Save();

    /// <summary>Takes up what <see cref="Save"/> gave.</summary>
    /// <exception cref="IOException">The state is missing or damaged.</exception>
    void Restore(byte[]? state);
}
