namespace CrowdSim.Model.Scenario;

/// <summary>How a task's handling time is drawn around its mean.</summary>
public enum HandlingDistribution
{
    /// <summary>Lognormal with log-scale spread <see cref="TaskTypeSpec.MinutesSigma"/>: a right-skewed tail, as observed. [completion_time_tail]</summary>
    LogNormal,

    /// <summary>Exponential (memoryless), as queueing theory's M/M/c assumes; used to validate the market against closed forms.</summary>
    Exponential,
}
