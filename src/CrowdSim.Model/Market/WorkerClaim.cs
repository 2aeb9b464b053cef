namespace CrowdSim.Model.Market;

/// <summary>
/// A worker checking in on a platform: everything the platform needs to run the worker's session
/// without calling back to the worker's cohort.
/// </summary>
/// <param name="WorkerId">Global worker id.</param>
/// <param name="AtMs">When the worker looks at the queue (after searching).</param>
/// <param name="TieBreak">Random key that orders workers who check in at the same millisecond.</param>
/// <param name="Region">Region index (decides pay on managed crowds).</param>
/// <param name="ReservationUsdPerHour">The least expected hourly pay the worker accepts.</param>
/// <param name="Speed">Multiplier on handling time (1 = average; larger = slower).</param>
/// <param name="ErrorRate">Probability a reviewed submission is rejected.</param>
/// <param name="SessionEndMs">When the worker stops taking new tasks.</param>
public readonly record struct WorkerClaim(
    int WorkerId,
    long AtMs,
    ulong TieBreak,
    int Region,
    double ReservationUsdPerHour,
    double Speed,
    double ErrorRate,
    long SessionEndMs);
