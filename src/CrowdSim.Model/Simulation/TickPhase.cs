namespace CrowdSim.Model.Simulation;

/// <summary>The phases of a tick, in the order <see cref="TickPlan"/> runs them; each ends in a barrier.</summary>
public enum TickPhase
{
    /// <summary>Scenario events due in the tick reach the participants they concern, one event at a time, in file order.</summary>
    Events,

    /// <summary>Every lab creates the tick's tasks and posts them on platforms.</summary>
    Demand,

    /// <summary>Cohorts with a check due in the tick let those workers look for work; their claims go to platforms.</summary>
    CheckIns,

    /// <summary>Every platform clears the tick in continuous time and hands each cohort its outcomes.</summary>
    Clearing,

    /// <summary>Cohorts that checked in or got outcomes close their counters and say when they are next due.</summary>
    Metrics,
}
