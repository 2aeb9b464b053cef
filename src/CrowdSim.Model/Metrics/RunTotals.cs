using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Metrics;

/// <summary>Totals over all ticks seen so far; the books that conservation is checked against (with a windowed copy, <see cref="Measured"/>, for the summary).</summary>
public sealed class RunTotals
{
    private readonly int _measureFrom;
    private readonly int _measureTo;

    public RunTotals(ScenarioSpec spec)
    {
        Labs = spec.Labs.Select(_ => new LabCounters()).ToArray();
        Queues = spec.Platforms.Select((_, p) => QueueLayout.For(spec, p).Select(_ => new QueueCounters()).ToArray()).ToArray();
        Regions = spec.Regions.Select(_ => new RegionCounters()).ToArray();
        RefundsByLab = new long[spec.Labs.Count];
        MarginByVendor = new long[spec.Vendors.Count];
        FeesByPlatform = new long[spec.Platforms.Count];
        EscrowHeldByPlatform = new long[spec.Platforms.Count];
        if (spec.Measure is not null)
        {
            Measured = new RunTotals(spec with { Measure = null });
            (_measureFrom, _measureTo) = MeasureWindow.TicksOf(spec);
        }
    }

    /// <summary>
    /// The same totals over the ticks of the scenario's measurement window only (levels at its last
    /// tick), or null when the scenario measures the whole horizon. The summary is built from these.
    /// </summary>
    public RunTotals? Measured { get; }

    public int Ticks { get; private set; }
    public LabCounters[] Labs { get; }
    public QueueCounters[][] Queues { get; }
    public RegionCounters[] Regions { get; }
    public long[] RefundsByLab { get; }
    public long[] MarginByVendor { get; }
    public long[] FeesByPlatform { get; }
    public long WorkerPayByPlatforms { get; private set; }

    /// <summary>Paid by platforms for training courses.</summary>
    public long TrainingPay { get; private set; }

    /// <summary>Escrow held per platform at the end of the last tick seen.</summary>
    public long[] EscrowHeldByPlatform { get; }

    /// <summary>Net lab spend: escrow paid in less refunds, plus shift hours billed by employers.</summary>
    public long LabSpend => Labs.Sum(l => l.EscrowPaid) - RefundsByLab.Sum() + Regions.Sum(r => r.BilledMicros);

    /// <summary>What vendors kept: contract prices less pay and fees, plus shift billing less salaries.</summary>
    public long VendorMargin => MarginByVendor.Sum() + Regions.Sum(r => r.BilledMicros - r.SalaryMicros);

    /// <summary>Platform fees, less what platforms paid for training.</summary>
    public long PlatformFees => FeesByPlatform.Sum();

    /// <summary>Everything workers received.</summary>
    public long WorkerPay => Regions.Sum(r => r.EarningsMicros);

    /// <summary>Escrow still held for open tasks.</summary>
    public long Owed => EscrowHeldByPlatform.Sum();

    /// <summary>Adds one tick.</summary>
    public void Add(TickReport tick)
    {
        if (Measured is not null && tick.Tick >= _measureFrom && tick.Tick < _measureTo)
            Measured.Add(tick);
        Ticks++;
        for (var l = 0; l < Labs.Length; l++)
            Labs[l].Add(tick.Labs[l]);
        for (var p = 0; p < Queues.Length; p++)
        {
            for (var q = 0; q < Queues[p].Length; q++)
            {
                // Backlog and in-service are levels, not flows: keep the latest.
                var closing = tick.Queues[p][q];
                var total = Queues[p][q];
                total.Add(closing);
                total.BacklogEnd = closing.BacklogEnd;
                total.InServiceEnd = closing.InServiceEnd;
            }
            var money = tick.Platforms[p];
            FeesByPlatform[p] += money.Fees;
            WorkerPayByPlatforms += money.WorkerPay;
            TrainingPay += money.TrainingPay;
            EscrowHeldByPlatform[p] = money.EscrowHeldEnd;
            for (var l = 0; l < RefundsByLab.Length; l++)
                RefundsByLab[l] += money.RefundsByLab[l];
            for (var v = 0; v < MarginByVendor.Length; v++)
                MarginByVendor[v] += money.MarginByVendor[v];
        }
        for (var r = 0; r < Regions.Length; r++)
            Regions[r].Add(tick.Regions[r]);
    }

    /// <summary>Writes the totals: ticks seen, every counter and the money per lab, vendor and platform.</summary>
    public void Save(StateWriter w)
    {
        w.Section(nameof(RunTotals));
        w.Write(Ticks);
        w.WriteEach(Labs, static (x, w) => x.Save(w));
        w.WriteEach(Queues, static (platform, w) => w.WriteEach(platform, static (x, w) => x.Save(w)));
        w.WriteEach(Regions, static (x, w) => x.Save(w));
        w.Write(RefundsByLab);
        w.Write(MarginByVendor);
        w.Write(FeesByPlatform);
        w.Write(WorkerPayByPlatforms);
        w.Write(TrainingPay);
        w.Write(EscrowHeldByPlatform);
        Measured?.Save(w);
    }

    /// <summary>Reads back what <see cref="Save"/> wrote, into totals built for the same scenario.</summary>
    public void Restore(StateReader r)
    {
        r.Section(nameof(RunTotals));
        Ticks = r.ReadInt();
        r.ReadEach(Labs, "labs", static (x, r) => x.Restore(r));
        r.ReadEach(Queues, "platforms", static (platform, r) => r.ReadEach(platform, "queues", static (x, r) => x.Restore(r)));
        r.ReadEach(Regions, "regions", static (x, r) => x.Restore(r));
        r.ReadInto(RefundsByLab);
        r.ReadInto(MarginByVendor);
        r.ReadInto(FeesByPlatform);
        WorkerPayByPlatforms = r.ReadLong();
        TrainingPay = r.ReadLong();
        r.ReadInto(EscrowHeldByPlatform);
        Measured?.Restore(r);
    }
}
