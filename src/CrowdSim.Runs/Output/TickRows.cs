using CrowdSim.Model.Metrics;

namespace CrowdSim.Runs.Output;

/// <summary>Rows that each tick gives by itself (timeseries.csv, projects.csv): nothing held between ticks.</summary>
internal sealed class TickRows<TRow>(Func<TickReport, IEnumerable<TRow>> of) : ITickRows<TRow>
{
    public IEnumerable<TRow> Of(TickReport tick) => of(tick);

    public IEnumerable<TRow> AtEnd() => [];

    public byte[]? Save() => null;

    public void Restore(byte[]? state)
    {
    }
}
