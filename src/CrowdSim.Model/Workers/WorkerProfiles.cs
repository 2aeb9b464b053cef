using CrowdSim.Model.Randomness;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Workers;

/// <summary>
/// The fixed traits of a block of workers, drawn once from each worker's own random stream:
/// pool and region, reservation wage (lognormal), speed (mean-one lognormal), whether they wake
/// at night to check the queue, and their sleep window (the region's, shifted by up to an hour).
/// </summary>
internal sealed class WorkerProfiles
{
    private WorkerProfiles(int count)
    {
        Pool = new int[count];
        Region = new int[count];
        UtcOffsetMinutes = new int[count];
        ReservationUsdPerHour = new double[count];
        Speed = new double[count];
        NightChecker = new bool[count];
        SleepStartMinute = new int[count];
        SleepEndMinute = new int[count];
    }

    public int[] Pool { get; }
    public int[] Region { get; }
    public int[] UtcOffsetMinutes { get; }
    public double[] ReservationUsdPerHour { get; }
    public double[] Speed { get; }
    public bool[] NightChecker { get; }
    public int[] SleepStartMinute { get; }
    public int[] SleepEndMinute { get; }

    /// <summary>Draws the profiles of workers <paramref name="firstId"/> … <paramref name="firstId"/> + <paramref name="count"/> - 1.</summary>
    public static WorkerProfiles Draw(ScenarioSpec spec, int firstId, int count, int sleepShiftMinutes)
    {
        var profiles = new WorkerProfiles(count);
        var poolEnds = PoolEnds(spec);
        var pool = 0;
        for (var i = 0; i < count; i++)
        {
            var id = firstId + i;
            while (id >= poolEnds[pool])
                pool++;
            var poolSpec = spec.WorkerPools[pool];
            var region = spec.RegionIndex(poolSpec.Region);
            var regionSpec = spec.Regions[region];
            var rng = RandomStream.For(spec.Seed, (ulong)id, 0, StreamPurpose.WorkerProfile);
            profiles.Pool[i] = pool;
            profiles.Region[i] = region;
            profiles.UtcOffsetMinutes[i] = regionSpec.UtcOffsetMinutes;
            profiles.ReservationUsdPerHour[i] = rng.NextLogNormal(poolSpec.ReservationWageMedianUsd, poolSpec.ReservationWageSigma);
            var sigma = poolSpec.SpeedSigma;
            profiles.Speed[i] = Math.Exp((sigma * rng.NextNormal()) - (sigma * sigma / 2));
            profiles.NightChecker[i] = rng.NextBernoulli(poolSpec.NightCheckerShare);
            var shift = (int)Math.Round(rng.NextUniform(-sleepShiftMinutes, sleepShiftMinutes));
            profiles.SleepStartMinute[i] = Wrap(regionSpec.SleepStartMinute + shift);
            profiles.SleepEndMinute[i] = Wrap(regionSpec.SleepEndMinute + shift);
        }
        return profiles;
    }

    /// <summary>Exclusive end id of each pool: pools take consecutive id blocks in file order.</summary>
    public static int[] PoolEnds(ScenarioSpec spec)
    {
        var ends = new int[spec.WorkerPools.Count];
        var end = 0;
        for (var p = 0; p < ends.Length; p++)
        {
            end += spec.WorkerPools[p].Count;
            ends[p] = end;
        }
        return ends;
    }

    private static int Wrap(int minute) => ((minute % 1440) + 1440) % 1440;
}
