namespace CrowdSim.Model.Vendors.Pricing;

/// <summary>
/// The arithmetic of supply-responsive pricing, one cell (task type × region) at a time: three
/// signals, each in [-1, 1], and the bounded, damped move of a rate.
/// </summary>
public static class ResponsivePricing
{
    /// <summary>
    /// Backlog signal: log of the mean wait over its target, in [0, 1]; 0 when waits are within the
    /// target or nothing waited or was taken. One-sided: work picked up sooner than the target is
    /// what a vendor wants, not a sign of oversupply (the supply signal says that); in this model
    /// waits are minutes whenever the pool is not starved, so a two-sided wait signal would cut pay
    /// whatever the pool's size.
    /// </summary>
    public static double Wait(long waits, long waitedMs, double targetMs)
    {
        if (waits <= 0 || waitedMs <= 0)
            return 0;
        return Math.Clamp(Math.Log(waitedMs / (double)waits / targetMs), 0, 1);
    }

    /// <summary>Supply signal: the share of working time spent searching, minus its target (positive = oversupply); 0 with no time at all.</summary>
    public static double Supply(long searchMs, long paidMs, double targetShare)
    {
        var total = searchMs + paidMs;
        return total <= 0 ? 0 : Math.Clamp((searchMs / (double)total) - targetShare, -1, 1);
    }

    /// <summary>Competitor signal: log of the competing rate over the own rate, clamped to [-1, 1]; 0 with no competitor or no own rate.</summary>
    public static double Competitor(double competingRate, long ownRate) =>
        competingRate > 0 && ownRate > 0 ? Math.Clamp(Math.Log(competingRate / ownRate), -1, 1) : 0;

    /// <summary>
    /// The rate after a step: <c>old × clamp(1 + step, 1 − maxStep, 1 + maxStep)</c>, rounded to the
    /// micro-dollar, bounded by [floor, ceiling]. The rule never moves a rate across a bound; a rate
    /// already past one (after a scripted change) may only move back towards the range.
    /// </summary>
    public static long Next(long old, double step, double maxStep, long floor, long ceiling)
    {
        var moved = (long)Math.Round(old * Math.Clamp(1 + step, 1 - maxStep, 1 + maxStep), MidpointRounding.AwayFromZero);
        if (moved < old)
            return Math.Max(moved, Math.Min(old, floor));
        if (moved > old)
            return Math.Min(moved, Math.Max(old, ceiling));
        return old;
    }
}
