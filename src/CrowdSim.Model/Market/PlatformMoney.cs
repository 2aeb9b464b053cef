using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Market;

/// <summary>Money that moved through one platform in one tick, in micro-dollars.</summary>
public sealed class PlatformMoney
{
    /// <summary>Empty counts (for serialisers).</summary>
    public PlatformMoney()
        : this(0, 0)
    {
    }

    public PlatformMoney(int labs, int vendors)
    {
        RefundsByLab = new long[labs];
        MarginByVendor = new long[vendors];
    }

    /// <summary>Escrow paid in by labs for tasks posted this tick.</summary>
    public long EscrowIn { get; set; }

    /// <summary>Paid to workers for approved work.</summary>
    public long WorkerPay { get; set; }

    /// <summary>Kept by the platform as fees, less what it paid for training.</summary>
    public long Fees { get; set; }

    /// <summary>Paid to workers for training courses (under a paid-training policy), out of the platform's fees.</summary>
    public long TrainingPay { get; set; }

    /// <summary>Escrow returned to each lab (expired or rejected tasks, or the unspent rest of a direct posting).</summary>
    public long[] RefundsByLab { get; set; }

    /// <summary>What each vendor kept: contract price less worker pay and fee.</summary>
    public long[] MarginByVendor { get; set; }

    /// <summary>Escrow still held for open tasks at the end of the tick.</summary>
    public long EscrowHeldEnd { get; set; }

    internal void Save(StateWriter w)
    {
        w.Section(nameof(PlatformMoney));
        w.Write(EscrowIn);
        w.Write(WorkerPay);
        w.Write(Fees);
        w.Write(TrainingPay);
        w.Write(EscrowHeldEnd);
        w.Write(RefundsByLab);
        w.Write(MarginByVendor);
    }

    internal void Restore(StateReader r)
    {
        r.Section(nameof(PlatformMoney));
        EscrowIn = r.ReadLong();
        WorkerPay = r.ReadLong();
        Fees = r.ReadLong();
        TrainingPay = r.ReadLong();
        EscrowHeldEnd = r.ReadLong();
        r.ReadInto(RefundsByLab);
        r.ReadInto(MarginByVendor);
    }
}
