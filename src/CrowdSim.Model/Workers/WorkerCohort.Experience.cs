using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Workers;

/// <summary>
/// What a crowd worker carries from experience (see <see cref="ExperienceRules"/>): the smoothed
/// recent effective wage and the multiple of the pool's check interval they have drifted to.
/// </summary>
public sealed partial class WorkerCohort
{
    /// <summary>Smoothed recent effective wage, USD per hour of time given; starts at the starting reservation wage.</summary>
    private readonly double[] _recentWage;

    /// <summary>Multiple of the pool's check intervals (1 unless the pool has <c>discouragement:</c>).</summary>
    private readonly double[] _checkFactor;

    /// <summary>Worker i's smoothed recent effective wage, USD per hour.</summary>
    internal double RecentWage(int i) => _recentWage[i];

    /// <summary>Worker i's current multiple of the pool's check interval.</summary>
    internal double CheckFactor(int i) => _checkFactor[i];

    private void SaveExperience(StateWriter w)
    {
        w.Section("Experience");
        w.Write(_recentWage);
        w.Write(_checkFactor);
    }

    private void RestoreExperience(StateReader r)
    {
        r.Section("Experience");
        r.ReadInto(_recentWage);
        r.ReadInto(_checkFactor);
        foreach (var factor in _checkFactor)
        {
            if (!double.IsFinite(factor) || factor < 1)
                throw new CheckpointFormatException($"a check-interval factor of {factor}");
        }
    }
}
