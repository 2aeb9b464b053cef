using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;

namespace CrowdSim.Model.Workers;

/// <summary>
/// When recruits join a pool's boot camp: every <c>recruitment.every</c> days from the first such
/// interval, plus recruitment drives, in time order. Recruits take the pool's slots after its
/// initial workers, in intake order, so a worker's id says which intake they came in.
/// </summary>
public static class IntakeSchedule
{
    /// <summary>The intakes of a pool within the horizon: (time, recruits).</summary>
    public static IReadOnlyList<(long AtMs, int Recruits)> Of(ScenarioSpec spec, int pool)
    {
        var poolSpec = spec.WorkerPools[pool];
        var horizonMs = spec.Days * SimTime.MsPerDay;
        var intakes = new List<(long AtMs, int Recruits)>();
        if (poolSpec.Recruitment is { } recruitment && recruitment.EveryDays > 0)
        {
            var every = (long)Math.Round(recruitment.EveryDays * SimTime.MsPerDay);
            for (var at = every; at < horizonMs; at += every)
                intakes.Add((at, recruitment.Recruits));
        }
        foreach (var drive in spec.Events.OfType<RecruitmentDrive>().Where(d => d.Pool == poolSpec.Id))
            intakes.Add((drive.AtMinute * SimTime.MsPerMinute, drive.Recruits));
        return intakes.OrderBy(i => i.AtMs).ToArray();
    }

    /// <summary>Slots of a pool: its initial workers plus every recruit within the horizon.</summary>
    public static int Capacity(ScenarioSpec spec, int pool) => spec.WorkerPools[pool].Count + Of(spec, pool).Sum(i => i.Recruits);
}
