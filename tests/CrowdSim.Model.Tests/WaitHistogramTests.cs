using CrowdSim.Model.Metrics;

namespace CrowdSim.Model.Tests;

public class WaitHistogramTests
{
    [Fact]
    public void Quantile_OfSmallValues_IsExact()
    {
        var h = new WaitHistogram();
        for (var v = 1; v <= 100; v++)
            h.Add(v);
        Assert.Equal(95.0, h.Quantile(0.95));
        Assert.Equal(50.0, h.Quantile(0.5));
    }

    [Fact]
    public void Quantile_OfLargeValues_IsWithinBucketPrecision()
    {
        var h = new WaitHistogram();
        for (var minute = 1; minute <= 1000; minute++)
            h.Add(minute * 60_000L);
        var p95 = h.Quantile(0.95);
        Assert.InRange(p95, 950 * 60_000 * 0.984, 950 * 60_000 * 1.016);
    }

    [Fact]
    public void Merge_InAnyOrder_GivesSameCounts()
    {
        var a = new WaitHistogram();
        var b = new WaitHistogram();
        a.Add(10);
        a.Add(1_000_000);
        b.Add(5_000);
        var ab = new WaitHistogram();
        ab.Merge(a);
        ab.Merge(b);
        var ba = new WaitHistogram();
        ba.Merge(b);
        ba.Merge(a);
        Assert.Equal(ab.Counts, ba.Counts);
        Assert.Equal(3, ab.Total);
    }

    [Fact]
    public void BucketOf_IsMonotonic()
    {
        var previous = -1;
        for (long v = 0; v < 10_000_000; v += 977)
        {
            var bucket = WaitHistogram.BucketOf(v);
            Assert.True(bucket >= previous);
            Assert.InRange(WaitHistogram.Midpoint(bucket), v * 0.98 - 1, v * 1.02 + 1);
            previous = bucket;
        }
    }
}
