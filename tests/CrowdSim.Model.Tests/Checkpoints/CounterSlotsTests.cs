using System.Reflection;
using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Tests.Checkpoints;

/// <summary>
/// Each count of a counter type has a slot of its own, and every slot belongs to a count: two
/// properties over one slot would read each other's counts, and a slot without a property would be
/// added and saved unseen.
/// </summary>
public class CounterSlotsTests
{
    private static void AssertOneSlotPerCount<T>(T counters)
        where T : Counters<T>
    {
        var counts = typeof(T).GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.PropertyType == typeof(long) && p.CanWrite)
            .ToArray();
        for (var i = 0; i < counts.Length; i++)
            counts[i].SetValue(counters, (i + 1) * 1_000_003L);

        Assert.All(counts.Select((p, i) => (p, i)), x => Assert.Equal((x.i + 1) * 1_000_003L, (long)x.p.GetValue(counters)!));
        Assert.Equal(counts.Length, counters.SlotCount);
    }

    [Fact]
    public void LabCounters_HaveOneSlotPerCount() => AssertOneSlotPerCount(new LabCounters());

    [Fact]
    public void QueueCounters_HaveOneSlotPerCount() => AssertOneSlotPerCount(new QueueCounters());

    [Fact]
    public void RegionCounters_HaveOneSlotPerCount() => AssertOneSlotPerCount(new RegionCounters());

    [Fact]
    public void Add_AddsEachCountToTheSameCount()
    {
        var total = new QueueCounters { Arrivals = 5, BacklogAgeEndMs = 7 };

        total.Add(new QueueCounters { Arrivals = 2, Taken = 3, BacklogAgeEndMs = 11 });

        Assert.Equal((7L, 3L, 0L, 18L), (total.Arrivals, total.Taken, total.Submitted, total.BacklogAgeEndMs));
    }
}
