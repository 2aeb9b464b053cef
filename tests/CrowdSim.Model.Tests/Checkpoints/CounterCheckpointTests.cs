using System.Reflection;
using System.Text.Json;
using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Tests.Checkpoints;

/// <summary>Every settable property of the counters and money records comes back from a checkpoint (so a new one cannot be forgotten).</summary>
public class CounterCheckpointTests
{
    private static T RoundTrip<T>(T original, T fresh, Action<T, StateWriter> save, Action<T, StateReader> restore)
    {
        var state = StateWriter.ToBytes(w => save(original, w));
        StateReader.FromBytes(state, r => restore(fresh, r));
        return fresh;
    }

    /// <summary>Sets every long property to a different value (and every long in every array), so that a swap or an omission shows.</summary>
    private static T Filled<T>(T counters)
    {
        long next = 1;
        foreach (var property in typeof(T).GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.PropertyType == typeof(long) && property.CanWrite)
                property.SetValue(counters, next++ * 1_000_003);
            else if (property.GetValue(counters) is long[] values)
            {
                for (var i = 0; i < values.Length; i++)
                    values[i] = next++ * 7_000_001;
            }
        }
        return counters;
    }

    private static void AssertSame<T>(T expected, T actual)
    {
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
        Assert.DoesNotContain(":0", JsonSerializer.Serialize(actual), StringComparison.Ordinal);
    }

    [Fact]
    public void RegionCounters_ComeBackWhole()
    {
        var original = Filled(new RegionCounters());
        AssertSame(original, RoundTrip(original, new RegionCounters(), (c, w) => c.Save(w), (c, r) => c.Restore(r)));
    }

    [Fact]
    public void QueueCounters_ComeBackWhole()
    {
        var original = Filled(new QueueCounters());
        AssertSame(original, RoundTrip(original, new QueueCounters(), (c, w) => c.Save(w), (c, r) => c.Restore(r)));
    }

    [Fact]
    public void LabCounters_ComeBackWhole()
    {
        var original = Filled(new LabCounters());
        AssertSame(original, RoundTrip(original, new LabCounters(), (c, w) => c.Save(w), (c, r) => c.Restore(r)));
    }

    [Fact]
    public void PlatformMoney_ComesBackWhole()
    {
        var original = Filled(new PlatformMoney(2, 3));
        AssertSame(original, RoundTrip(original, new PlatformMoney(2, 3), (c, w) => c.Save(w), (c, r) => c.Restore(r)));
    }
}
