using System.Runtime.CompilerServices;
using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Market;

namespace CrowdSim.Model.Workers;

/// <summary>
/// Running totals per worker (arrays indexed by position in the cohort), mirrored into the tick's
/// region counters. The long columns sit side by side, so that saving and restoring go through them all.
/// </summary>
internal sealed class WorkerTotals
{
    private const int LongColumnCount = 13;

    private LongColumns _longs;

    public WorkerTotals(int count)
    {
        Span<long[]> columns = _longs;
        for (var c = 0; c < columns.Length; c++)
            columns[c] = new long[count];
        Deactivations = new int[count];
    }

    public long[] PaidMs => _longs[0];
    public long[] SearchMs => _longs[1];
    public long[] RejectedMs => _longs[2];
    public long[] AbandonedMs => _longs[3];
    public long[] TrainingMs => _longs[4];
    public long[] Earnings => _longs[5];
    public long[] Checks => _longs[6];
    public long[] NightChecks => _longs[7];
    public long[] NightMs => _longs[8];
    public long[] LongestStretchMs => _longs[9];
    public long[] Approved => _longs[10];
    public long[] Rejected => _longs[11];
    public long[] Abandoned => _longs[12];
    public int[] Deactivations { get; }

    public void RecordCheck(int i, bool asleep, long searchMs, long nightMs, RegionCounters tick)
    {
        Checks[i]++;
        SearchMs[i] += searchMs;
        NightMs[i] += nightMs;
        tick.Checks++;
        tick.SearchMs += searchMs;
        tick.NightMs += nightMs;
        if (asleep)
        {
            NightChecks[i]++;
            tick.NightChecks++;
        }
    }

    /// <summary>A search inside a session: unpaid search time, not a check.</summary>
    public void RecordSearch(int i, long searchMs, long nightMs, RegionCounters tick)
    {
        AddNight(i, nightMs, tick);
        SearchMs[i] += searchMs;
        tick.SearchMs += searchMs;
    }

    /// <summary>A submitted task: paid time if it was paid, else unpaid rejected time.</summary>
    public void RecordSubmission(int i, in WorkerOutcome outcome, RegionCounters tick, long nightMs)
    {
        var duration = outcome.EndMs - outcome.StartMs;
        AddNight(i, nightMs, tick);
        if (outcome.Kind == OutcomeKind.Approved)
        {
            Approved[i]++;
            tick.TasksApproved++;
        }
        else
        {
            Rejected[i]++;
            tick.TasksRejected++;
        }
        if (outcome.PayMicros > 0 || outcome.Kind == OutcomeKind.Approved)
        {
            AddPaid(i, duration, outcome.PayMicros, tick);
        }
        else
        {
            RejectedMs[i] += duration;
            tick.RejectedMs += duration;
        }
    }

    public void RecordAbandoned(int i, long durationMs, long nightMs, RegionCounters tick)
    {
        AddNight(i, nightMs, tick);
        Abandoned[i]++;
        AbandonedMs[i] += durationMs;
        tick.TasksAbandoned++;
        tick.AbandonedMs += durationMs;
    }

    /// <summary>A training course or boot camp: paid time if a policy paid for it, else unpaid.</summary>
    public void RecordTraining(int i, long durationMs, long payMicros, long nightMs, RegionCounters tick)
    {
        AddNight(i, nightMs, tick);
        if (payMicros > 0)
        {
            AddPaid(i, durationMs, payMicros, tick);
            return;
        }
        TrainingMs[i] += durationMs;
        tick.TrainingMs += durationMs;
    }

    /// <summary>A salaried shift: all of it is paid time.</summary>
    public void RecordShift(int i, long durationMs, long salaryMicros, long billedMicros, long nightMs, RegionCounters tick)
    {
        AddNight(i, nightMs, tick);
        AddPaid(i, durationMs, salaryMicros, tick);
        tick.SalaryMicros += salaryMicros;
        tick.BilledMicros += billedMicros;
    }

    public void RecordStretch(int i, long stretchMs) => LongestStretchMs[i] = Math.Max(LongestStretchMs[i], stretchMs);

    private void AddPaid(int i, long durationMs, long payMicros, RegionCounters tick)
    {
        PaidMs[i] += durationMs;
        Earnings[i] += payMicros;
        tick.PaidMs += durationMs;
        tick.EarningsMicros += payMicros;
    }

    private void AddNight(int i, long nightMs, RegionCounters tick)
    {
        NightMs[i] += nightMs;
        tick.NightMs += nightMs;
    }

    /// <summary>A copy of every worker's totals now (a measurement window's snapshot).</summary>
    public WorkerTotals Copy()
    {
        var copy = new WorkerTotals(Deactivations.Length);
        copy.CopyFrom(this);
        return copy;
    }

    /// <summary>Each count of <paramref name="end"/> less the same count of <paramref name="start"/>: the totals between two snapshots (the longest stretch too, which the caller replaces).</summary>
    public static WorkerTotals Between(WorkerTotals start, WorkerTotals end)
    {
        var between = end.Copy();
        Span<long[]> columns = between._longs;
        Span<long[]> before = start._longs;
        for (var c = 0; c < columns.Length; c++)
        {
            for (var i = 0; i < columns[c].Length; i++)
                columns[c][i] -= before[c][i];
        }
        for (var i = 0; i < between.Deactivations.Length; i++)
            between.Deactivations[i] -= start.Deactivations[i];
        return between;
    }

    private void CopyFrom(WorkerTotals other)
    {
        Span<long[]> columns = _longs;
        Span<long[]> theirs = other._longs;
        for (var c = 0; c < columns.Length; c++)
            theirs[c].CopyTo(columns[c], 0);
        other.Deactivations.CopyTo(Deactivations, 0);
    }

    public void Save(StateWriter w)
    {
        w.Section(nameof(WorkerTotals));
        foreach (var column in _longs)
            w.Write(column);
        w.Write(Deactivations);
    }

    public void Restore(StateReader r)
    {
        r.Section(nameof(WorkerTotals));
        foreach (var column in _longs)
            r.ReadInto(column);
        r.ReadInto(Deactivations);
    }

    /// <summary>The long columns, in the order they are saved.</summary>
    [InlineArray(LongColumnCount)]
    private struct LongColumns
    {
        private long[] _column;
    }
}
