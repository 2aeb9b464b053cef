using System.Runtime.InteropServices;
using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Workers;

/// <summary>A cohort's workers as they stood at one edge of the measurement window: totals, weekly ledger, status and reservation wage.</summary>
internal sealed class WorkerSnapshot(WorkerTotals totals, WeeklyLedger week, WorkerStatus[] status, double[] reservation)
{
    public WorkerTotals Totals { get; } = totals;
    public WeeklyLedger Week { get; } = week;
    public WorkerStatus[] Status { get; } = status;
    public double[] Reservation { get; } = reservation;

    public void Save(StateWriter w)
    {
        w.Section(nameof(WorkerSnapshot));
        Totals.Save(w);
        Week.Save(w);
        w.Write(MemoryMarshal.AsBytes(Status.AsSpan()));
        w.Write(Reservation);
    }

    /// <summary>Reads a snapshot of <paramref name="count"/> workers written by <see cref="Save"/>.</summary>
    public static WorkerSnapshot Restore(StateReader r, int count)
    {
        r.Section(nameof(WorkerSnapshot));
        var snapshot = new WorkerSnapshot(new WorkerTotals(count), new WeeklyLedger(count), new WorkerStatus[count], new double[count]);
        snapshot.Totals.Restore(r);
        snapshot.Week.Restore(r);
        r.ReadInto(MemoryMarshal.AsBytes(snapshot.Status.AsSpan()));
        foreach (var status in snapshot.Status)
        {
            if (!Enum.IsDefined(status))
                throw new CheckpointFormatException($"a worker status of {(byte)status}");
        }
        r.ReadInto(snapshot.Reservation);
        return snapshot;
    }
}
