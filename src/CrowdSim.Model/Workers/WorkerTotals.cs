using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Market;

namespace CrowdSim.Model.Workers;

/// <summary>Running totals per worker (arrays indexed by position in the cohort), mirrored into the tick's region counters.</summary>
internal sealed class WorkerTotals(int count)
{
    public long[] PaidMs { get; } = new long[count];
    public long[] SearchMs { get; } = new long[count];
    public long[] RejectedMs { get; } = new long[count];
    public long[] AbandonedMs { get; } = new long[count];
    public long[] TrainingMs { get; } = new long[count];
    public long[] Earnings { get; } = new long[count];
    public long[] Checks { get; } = new long[count];
    public long[] NightChecks { get; } = new long[count];
    public long[] NightMs { get; } = new long[count];
    public long[] LongestStretchMs { get; } = new long[count];
    public long[] Approved { get; } = new long[count];
    public long[] Rejected { get; } = new long[count];
    public long[] Abandoned { get; } = new long[count];
    public int[] Deactivations { get; } = new int[count];

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

    public void Save(StateWriter w)
    {
        w.Section(nameof(WorkerTotals));
        w.Write(PaidMs);
        w.Write(SearchMs);
        w.Write(RejectedMs);
        w.Write(AbandonedMs);
        w.Write(TrainingMs);
        w.Write(Earnings);
        w.Write(Checks);
        w.Write(NightChecks);
        w.Write(NightMs);
        w.Write(LongestStretchMs);
        w.Write(Approved);
        w.Write(Rejected);
        w.Write(Abandoned);
        w.Write(Deactivations);
    }

    public void Restore(StateReader r)
    {
        r.Section(nameof(WorkerTotals));
        r.ReadInto(PaidMs);
        r.ReadInto(SearchMs);
        r.ReadInto(RejectedMs);
        r.ReadInto(AbandonedMs);
        r.ReadInto(TrainingMs);
        r.ReadInto(Earnings);
        r.ReadInto(Checks);
        r.ReadInto(NightChecks);
        r.ReadInto(NightMs);
        r.ReadInto(LongestStretchMs);
        r.ReadInto(Approved);
        r.ReadInto(Rejected);
        r.ReadInto(Abandoned);
        r.ReadInto(Deactivations);
    }
}
