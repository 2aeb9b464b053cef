using CrowdSim.Model.Simulation;

namespace CrowdSim.Grains.Messages;

/// <summary>A cohort's turn in a tick's cohort round (<see cref="CohortTurn"/>), with the tick's push alerts.</summary>
[GenerateSerializer, Immutable]
public sealed record CohortTurnMessage(
    [property: Id(0)] int Tick,
    [property: Id(1)] bool ClosePrevious,
    [property: Id(2)] byte CheckIn,
    [property: Id(3)] PushAlerts? Alerts)
{
    public static CohortTurnMessage Of(int tick, CohortTurn turn, PushAlerts? alerts) => new(tick, turn.ClosePrevious, (byte)turn.CheckIn, alerts);

    public CohortTurn Turn(int cohort) => new(cohort, ClosePrevious, (CheckInRule)CheckIn);
}

/// <summary>What a cohort's turn did (immutable, so not deep-copied within a silo).</summary>
[GenerateSerializer, Immutable]
public sealed record CohortTurnDone([property: Id(0)] CohortTurnReport Report);
