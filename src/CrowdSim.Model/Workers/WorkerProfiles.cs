using CrowdSim.Model.Randomness;
using CrowdSim.Model.Scenario;

namespace CrowdSim.Model.Workers;

/// <summary>
/// The fixed traits of a block of workers, drawn once from each worker's own random stream:
/// pool and region, reservation wage (lognormal), speed and error rate (mean-one lognormal
/// multipliers), whether they wake at night to check the queue, their sleep window (the region's,
/// shifted by up to an hour), and, for recruits, when their intake is.
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
        ErrorRate = new double[count];
        NightChecker = new bool[count];
        SleepStartMinute = new int[count];
        SleepEndMinute = new int[count];
        IntakeMs = new long[count];
        PriorApproved = new long[count];
    }

    public int[] Pool { get; }
    public int[] Region { get; }
    public int[] UtcOffsetMinutes { get; }
    public double[] ReservationUsdPerHour { get; }
    public double[] Speed { get; }
    public double[] ErrorRate { get; }
    public bool[] NightChecker { get; }
    public int[] SleepStartMinute { get; }
    public int[] SleepEndMinute { get; }

    /// <summary>Approved tasks the worker brings from before the run (0 unless the pool sets <c>priorApproved</c>).</summary>
    public long[] PriorApproved { get; }

    /// <summary>When a recruit's intake is; -1 for the pool's initial workers.</summary>
    public long[] IntakeMs { get; }

    /// <summary>Draws the profiles of workers <paramref name="firstId"/> … <paramref name="firstId"/> + <paramref name="count"/> - 1.</summary>
    public static WorkerProfiles Draw(ScenarioSpec spec, int firstId, int count, int sleepShiftMinutes)
    {
        var profiles = new WorkerProfiles(count);
        var poolStarts = PoolStarts(spec);
        var intakeEnds = spec.WorkerPools.Select((_, p) => IntakeEnds(spec, p)).ToArray();
        var pool = 0;
        for (var i = 0; i < count; i++)
        {
            var id = firstId + i;
            while (pool + 1 < poolStarts.Length && id >= poolStarts[pool + 1])
                pool++;
            var poolSpec = spec.WorkerPools[pool];
            var region = spec.RegionIndex(poolSpec.Region);
            var regionSpec = spec.Regions[region];
            var rng = RandomStream.For(spec.Seed, (ulong)id, 0, StreamPurpose.WorkerProfile);
            profiles.Pool[i] = pool;
            profiles.Region[i] = region;
            profiles.UtcOffsetMinutes[i] = regionSpec.UtcOffsetMinutes;
            profiles.ReservationUsdPerHour[i] = rng.NextLogNormal(poolSpec.ReservationWageMedianUsd, poolSpec.ReservationWageSigma);
            profiles.Speed[i] = MeanOne(ref rng, poolSpec.SpeedSigma);
            profiles.NightChecker[i] = rng.NextBernoulli(poolSpec.NightCheckerShare);
            var shift = (int)Math.Round(rng.NextUniform(-sleepShiftMinutes, sleepShiftMinutes));
            profiles.SleepStartMinute[i] = Wrap(regionSpec.SleepStartMinute + shift);
            profiles.SleepEndMinute[i] = Wrap(regionSpec.SleepEndMinute + shift);
            profiles.ErrorRate[i] = Math.Min(1.0, poolSpec.ErrorRateMean * MeanOne(ref rng, poolSpec.ErrorRateSigma));
            var slot = id - poolStarts[pool];
            profiles.IntakeMs[i] = slot < poolSpec.Count ? -1 : IntakeOf(intakeEnds[pool], slot - poolSpec.Count);
            if (poolSpec.PriorApproved is { } prior)
            {
                // A stream of its own, so pools without prior experience draw exactly as before.
                var priorRng = RandomStream.For(spec.Seed, (ulong)id, 0, StreamPurpose.PriorApproved);
                profiles.PriorApproved[i] = (long)Math.Round(priorRng.NextLogNormal(prior.Median, prior.Sigma));
            }
        }
        return profiles;
    }

    /// <summary>First id of each pool: pools take consecutive id blocks (initial workers, then recruits) in file order.</summary>
    public static int[] PoolStarts(ScenarioSpec spec)
    {
        var starts = new int[spec.WorkerPools.Count];
        var start = 0;
        for (var p = 0; p < starts.Length; p++)
        {
            starts[p] = start;
            start += IntakeSchedule.Capacity(spec, p);
        }
        return starts;
    }

    private static (long AtMs, int EndSlot)[] IntakeEnds(ScenarioSpec spec, int pool)
    {
        var end = 0;
        return IntakeSchedule.Of(spec, pool).Select(i => (i.AtMs, end += i.Recruits)).ToArray();
    }

    private static long IntakeOf((long AtMs, int EndSlot)[] intakes, int recruitSlot) =>
        intakes.First(i => recruitSlot < i.EndSlot).AtMs;

    private static double MeanOne(ref RandomStream rng, double sigma) => Math.Exp((sigma * rng.NextNormal()) - (sigma * sigma / 2));

    private static int Wrap(int minute) => ((minute % 1440) + 1440) % 1440;
}
