using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Market;

/// <summary>
/// The measurement window (<see cref="ScenarioSpec.Measure"/>): every platform clears every tick, so
/// the queues' wait histograms are copied as the tick that opens the window starts and as the tick
/// after it starts; the summary's waits are the difference.
/// </summary>
public sealed partial class PlatformMarket
{
    private WaitHistogram[]? _waitsAtWindowStart;
    private WaitHistogram[]? _waitsAtWindowEnd;

    private void MeasureAt(long tickStartMs)
    {
        if (_spec.Measure is not { } window)
            return;
        if (tickStartMs >= window.FromMinutes * SimTime.MsPerMinute)
            _waitsAtWindowStart ??= CopyWaits();
        if (tickStartMs >= window.ToMinutes * SimTime.MsPerMinute)
            _waitsAtWindowEnd ??= CopyWaits();
    }

    private WaitHistogram[] CopyWaits() => _queues.Select(q => q.Waits.Copy()).ToArray();

    private WaitHistogram[] MeasuredWaits()
    {
        var end = _waitsAtWindowEnd ?? CopyWaits();
        var start = _waitsAtWindowStart ?? end;
        return end.Select((w, q) => w.Since(start[q])).ToArray();
    }

    private void SaveWindow(StateWriter w)
    {
        if (_spec.Measure is null)
            return;
        w.Section("MeasureWindow");
        foreach (var waits in new[] { _waitsAtWindowStart, _waitsAtWindowEnd })
        {
            w.Write(waits is not null);
            if (waits is not null)
                w.WriteEach(waits, static (x, w) => x.Save(w));
        }
    }

    private void RestoreWindow(StateReader r)
    {
        if (_spec.Measure is null)
            return;
        r.Section("MeasureWindow");
        _waitsAtWindowStart = r.ReadBool() ? RestoreWaits(r) : null;
        _waitsAtWindowEnd = r.ReadBool() ? RestoreWaits(r) : null;
    }

    private WaitHistogram[] RestoreWaits(StateReader r)
    {
        var waits = _queues.Select(_ => new WaitHistogram()).ToArray();
        r.ReadEach(waits, "queues", static (x, r) => x.Restore(r));
        return waits;
    }
}
