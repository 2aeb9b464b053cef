namespace CrowdSim.Model.Simulation;

/// <summary>How workers are split into cohorts: consecutive id blocks of a fixed size (the last may be shorter).</summary>
public static class CohortLayout
{
    /// <summary>The (first id, count) of each cohort.</summary>
    public static IReadOnlyList<(int FirstId, int Count)> Ranges(int workers, int workersPerCohort)
    {
        if (workersPerCohort < 1)
            throw new ArgumentOutOfRangeException(nameof(workersPerCohort), "workers per cohort must be at least 1");
        var ranges = new List<(int, int)>();
        for (var first = 0; first < workers; first += workersPerCohort)
            ranges.Add((first, Math.Min(workersPerCohort, workers - first)));
        return ranges;
    }
}
