namespace CrowdSim.Model.Vendors.Pricing;

/// <summary>
/// What a vendor learns from the market between two pricing reviews, summed from the ticks'
/// reports (integer sums, so both hosts deliver the same record).
/// </summary>
/// <param name="Vendor">The vendor it is for.</param>
/// <param name="Waits">Per task type: waits that ended in the vendor's queue (tasks taken or expired), plus the tasks still waiting at the end.</param>
/// <param name="WaitedMs">Per task type: the length of those waits (the still-waiting tasks' waits so far).</param>
/// <param name="SearchMs">Per region: unpaid time the region's workers spent searching, on any platform.</param>
/// <param name="PaidMs">Per region: the region's paid working time.</param>
public sealed record MarketSignal(int Vendor, long[] Waits, long[] WaitedMs, long[] SearchMs, long[] PaidMs);
