using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Workers;

/// <summary>
/// The measurement window (<see cref="ScenarioSpec.Measure"/>): a worker's totals change only when
/// the cohort is called (check-ins, outcomes), so the totals at the window's edges are those of the
/// cohort's first call in a tick at or past the edge, taken before that call changes anything. The
/// records are then the differences: the same in every host, whatever the grouping into cohorts.
/// </summary>
public sealed partial class WorkerCohort
{
    private readonly int _measureFrom;
    private readonly int _measureTo;
    private WorkerSnapshot? _atWindowStart;
    private WorkerSnapshot? _atWindowEnd;
    private long[]? _measuredStretchMs;
    private bool _measuring;

    private bool HasWindow => _measuredStretchMs is not null;

    /// <summary>Takes the window's snapshots due by <paramref name="tick"/>; call on entering the cohort, before anything changes.</summary>
    private void MeasureAt(int tick)
    {
        if (!HasWindow)
            return;
        if (tick >= _measureFrom)
            _atWindowStart ??= Snapshot();
        if (tick >= _measureTo)
            _atWindowEnd ??= Snapshot();
        _measuring = tick >= _measureFrom && tick < _measureTo;
    }

    private void RecordStretch(int i, long stretchMs)
    {
        _totals.RecordStretch(i, stretchMs);
        if (_measuring)
            _measuredStretchMs![i] = Math.Max(_measuredStretchMs[i], stretchMs);
    }

    private WorkerSnapshot Snapshot() => new(_totals.Copy(), _week.Copy(), (WorkerStatus[])_status.Clone(), (double[])_reservation.Clone());

    /// <summary>Each worker's record over the window: totals between its edges, status and reservation at its end.</summary>
    private WorkerRecord[] MeasuredRecords()
    {
        var end = _atWindowEnd ?? Snapshot();
        var start = _atWindowStart ?? end;
        var totals = WorkerTotals.Between(start.Totals, end.Totals);
        return Enumerable.Range(0, Count).Select(i => RecordOf(i, totals, end.Status[i], end.Reservation[i], end.Week.CoefficientOfVariationSince(start.Week, i)) with
        {
            LongestStretchMs = _measuredStretchMs![i],
            InWindow = start.Status[i] is not (WorkerStatus.Left or WorkerStatus.DroppedOut),
        }).ToArray();
    }

    private void SaveWindow(StateWriter w)
    {
        if (!HasWindow)
            return;
        w.Section("MeasureWindow");
        foreach (var snapshot in new[] { _atWindowStart, _atWindowEnd })
        {
            w.Write(snapshot is not null);
            snapshot?.Save(w);
        }
        w.Write(_measuredStretchMs);
    }

    private void RestoreWindow(StateReader r)
    {
        if (!HasWindow)
            return;
        r.Section("MeasureWindow");
        _atWindowStart = r.ReadBool() ? WorkerSnapshot.Restore(r, Count) : null;
        _atWindowEnd = r.ReadBool() ? WorkerSnapshot.Restore(r, Count) : null;
        r.ReadInto(_measuredStretchMs);
    }
}
