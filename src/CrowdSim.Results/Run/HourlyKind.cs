namespace CrowdSim.Results.Run;

/// <summary>The ways a metric's ticks are summed up into an hour (<see cref="HourlyAggregate"/>).</summary>
public enum HourlyKind
{
    /// <summary>Added up.</summary>
    Sum,

    /// <summary>Averaged over the ticks.</summary>
    Mean,

    /// <summary>Averaged, each tick weighted by another metric.</summary>
    WeightedMean,
}
