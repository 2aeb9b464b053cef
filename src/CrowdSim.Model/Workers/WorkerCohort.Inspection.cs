namespace CrowdSim.Model.Workers;

/// <summary>Read-only views of workers' fixed traits, for tests that check behaviour against them.</summary>
public sealed partial class WorkerCohort
{
    /// <summary>
    /// Worker <paramref name="workerId"/>'s clock (local time minus UTC, minutes), sleep window
    /// (minutes after local midnight; it may wrap past midnight) and whether they wake at night to check.
    /// </summary>
    internal (int UtcOffsetMinutes, int SleepStartMinute, int SleepEndMinute, bool NightChecker) SleepOf(int workerId)
    {
        var i = workerId - FirstId;
        if (i < 0 || i >= Count)
            throw new ArgumentOutOfRangeException(nameof(workerId), $"worker {workerId} is not in this cohort");
        return (_profiles.UtcOffsetMinutes[i], _profiles.SleepStartMinute[i], _profiles.SleepEndMinute[i], _profiles.NightChecker[i]);
    }
}
