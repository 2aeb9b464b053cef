namespace CrowdSim.Model.Metrics;

/// <summary>
/// Where every created task ended up. created = automated + posted; posted = completed + expired +
/// openAtEnd; completed = approved + rejected. Abandonments are events, not states: an abandoned
/// task went back to its queue.
/// </summary>
public sealed record TaskTotals(
    long Created,
    long Automated,
    long Posted,
    long Completed,
    long Approved,
    long Rejected,
    long Expired,
    long OpenAtEnd,
    long Abandoned);
