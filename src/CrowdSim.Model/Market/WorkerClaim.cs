using CrowdSim.Model.Checkpoints;

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
/// <param name="ErrorRate">Probability a reviewed submission is rejected, before task difficulty and fatigue.</param>
/// <param name="SessionEndMs">When the worker stops taking new tasks.</param>
/// <param name="Qualified">Task types (bit per type) the worker has passed the course for.</param>
/// <param name="FailedCourses">Task types whose course the worker failed (no retakes).</param>
/// <param name="TrainingHorizonHours">Hours of future work weighed against the cost of a course.</param>
/// <param name="FatigueOnsetMs">Continuous work after which errors rise.</param>
/// <param name="FatiguePerHour">Relative rise of the error rate per hour past the onset.</param>
/// <param name="Employer">For a salaried worker, the employing vendor (they take only its work, at any pay, and wait for it); -1 for crowd workers.</param>
/// <param name="RoundTheClock">A salaried worker on duty without end: at <paramref name="SessionEndMs"/> the pay period closes and the next day's begins.</param>
/// <param name="Approved">Approved tasks to the worker's name (prior experience plus this run's), for requesters' approval gates.</param>
public readonly record struct WorkerClaim(
    int WorkerId,
    long AtMs,
    ulong TieBreak,
    int Region,
    double ReservationUsdPerHour,
    double Speed,
    double ErrorRate,
    long SessionEndMs,
    ulong Qualified = 0,
    ulong FailedCourses = 0,
    double TrainingHorizonHours = 40,
    long FatigueOnsetMs = long.MaxValue,
    double FatiguePerHour = 0,
    int Employer = -1,
    bool RoundTheClock = false,
    long Approved = 0)
{
    /// <summary>Whether this is a salaried worker.</summary>
    public bool Salaried => Employer >= 0;

    internal void Save(StateWriter w)
    {
        w.Write(WorkerId);
        w.Write(AtMs);
        w.Write(TieBreak);
        w.Write(Region);
        w.Write(ReservationUsdPerHour);
        w.Write(Speed);
        w.Write(ErrorRate);
        w.Write(SessionEndMs);
        w.Write(Qualified);
        w.Write(FailedCourses);
        w.Write(TrainingHorizonHours);
        w.Write(FatigueOnsetMs);
        w.Write(FatiguePerHour);
        w.Write(Employer);
        w.Write(RoundTheClock);
        w.Write(Approved);
    }

    internal static WorkerClaim Read(StateReader r) => new(
        r.ReadInt(), r.ReadLong(), r.ReadULong(), r.ReadInt(), r.ReadDouble(), r.ReadDouble(), r.ReadDouble(), r.ReadLong(),
        r.ReadULong(), r.ReadULong(), r.ReadDouble(), r.ReadLong(), r.ReadDouble(), r.ReadInt(), r.ReadBool(), r.ReadLong());
}
