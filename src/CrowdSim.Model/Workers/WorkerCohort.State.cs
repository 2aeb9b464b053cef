using System.Runtime.InteropServices;
using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Workers;

/// <summary>
/// Checkpoints: everything about the cohort that changes over a run. The workers' traits, pools and
/// employers are drawn from the scenario when the cohort is built, so they are not written.
/// </summary>
public sealed partial class WorkerCohort
{
    /// <summary>Writes the cohort's state at a tick barrier.</summary>
    public void Save(StateWriter w)
    {
        w.Section(nameof(WorkerCohort));
        w.Write(FirstId);
        w.Write(Count);
        w.Write(_nextWeekMs);
        SaveWakeUps(w);
        w.Write(_scheduledMs);
        w.Write(MemoryMarshal.AsBytes(_status.AsSpan()));
        w.Write(_reservation);
        w.Write(_sessionPlatform);
        w.Write(_sessionStartMs);
        w.Write(_sessionTasks);
        SavePendingChecks(w);
        w.Write(_qualified);
        w.Write(_failedCourses);
        w.Write(_deactivated);
        w.Write(_rejectionRate);
        w.Write(_reviewed);
        w.Write(_joinedMs);
        w.Write(_leftMs);
        w.Write(_notifying);
        w.Write(_pushedTo);
        _totals.Save(w);
        _week.Save(w);
        SaveExperience(w);
        w.WriteEach(_tick, static (x, w) => x.Save(w));
        SaveWindow(w);
    }

    /// <summary>Reads back what <see cref="Save"/> wrote, into a cohort built from the same scenario for the same workers.</summary>
    public void Restore(StateReader r)
    {
        r.Section(nameof(WorkerCohort));
        r.Expect(FirstId, "the cohort's first worker id");
        r.Expect(Count, "the cohort's workers");
        _nextWeekMs = r.ReadLong();
        RestoreWakeUps(r);
        r.ReadInto(_scheduledMs);
        RestoreStatus(r);
        r.ReadInto(_reservation);
        r.ReadInto(_sessionPlatform);
        r.ReadInto(_sessionStartMs);
        r.ReadInto(_sessionTasks);
        RestorePendingChecks(r);
        r.ReadInto(_qualified);
        r.ReadInto(_failedCourses);
        r.ReadInto(_deactivated);
        r.ReadInto(_rejectionRate);
        r.ReadInto(_reviewed);
        r.ReadInto(_joinedMs);
        r.ReadInto(_leftMs);
        r.ReadInto(_notifying);
        r.ReadInto(_pushedTo);
        _totals.Restore(r);
        _week.Restore(r);
        RestoreExperience(r);
        r.ReadEach(_tick, "regions", static (x, r) => x.Restore(r));
        RestoreWindow(r);
    }

    // Every entry is written, superseded ones too, in priority order. An entry's element is the
    // worker in its priority, so entries of equal priority are identical and the heap dequeues the
    // re-enqueued entries in the same order as the original ones.
    private void SaveWakeUps(StateWriter w)
    {
        var due = _wakeUps.UnorderedItems.Select(e => e.Priority).ToArray();
        Array.Sort(due);
        w.Write(due.Length);
        foreach (var (ms, worker) in due)
        {
            w.Write(ms);
            w.Write(worker);
        }
    }

    private void RestoreWakeUps(StateReader r)
    {
        _wakeUps.Clear();
        var count = r.Count();
        for (var k = 0; k < count; k++)
        {
            var ms = r.ReadLong();
            var worker = Worker(r.ReadInt());
            _wakeUps.Enqueue(worker, (ms, worker));
        }
    }

    private void RestoreStatus(StateReader r)
    {
        r.ReadInto(MemoryMarshal.AsBytes(_status.AsSpan()));
        foreach (var status in _status)
        {
            if (!Enum.IsDefined(status))
                throw new CheckpointFormatException($"a worker status of {(byte)status}");
        }
    }

    private void SavePendingChecks(StateWriter w)
    {
        w.Write(_pendingCheck.Length);
        foreach (var pending in _pendingCheck)
        {
            w.Write(pending.HasValue);
            if (pending is { } check)
            {
                w.Write(check.Asleep);
                w.Write(check.SearchMs);
                w.Write(check.NightMs);
            }
        }
    }

    private void RestorePendingChecks(StateReader r)
    {
        r.Expect(_pendingCheck.Length, "the cohort's workers");
        for (var i = 0; i < _pendingCheck.Length; i++)
            _pendingCheck[i] = r.ReadBool() ? new PendingCheck(r.ReadBool(), r.ReadLong(), r.ReadLong()) : null;
    }

    private int Worker(int i) =>
        i >= 0 && i < Count ? i : throw new CheckpointFormatException($"worker {i} of a cohort of {Count}");
}
