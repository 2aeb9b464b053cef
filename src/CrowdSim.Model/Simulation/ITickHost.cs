using CrowdSim.Model.Scenario;
using CrowdSim.Model.Vendors.Pricing;

namespace CrowdSim.Model.Simulation;

/// <summary>
/// Where a tick's phases run: <see cref="TickPlan"/> says what happens in which order, a host does
/// it where the run's labs, vendors, platforms and cohorts live (<see cref="LocalSimulation"/> in
/// one thread; the coordinator grain across a cluster). Each call is a barrier: when its task
/// completes, every participant it concerns has finished, including what they sent to others.
/// Participants are numbered as in the scenario; cohorts as <see cref="CohortLayout"/> lays them out.
/// </summary>
public interface ITickHost
{
    /// <summary>
    /// Events: delivers <paramref name="e"/> to each of its <paramref name="targets"/> (a
    /// <see cref="EventTargetKind.Cohorts"/> target means every cohort). A vendor whose rates the
    /// event changed has passed them on to its platform before the call completes.
    /// </summary>
    ValueTask EventsAsync(TickWindow window, ScenarioEvent e, IReadOnlyList<EventTarget> targets);

    /// <summary>
    /// Events, before the scenario's events: each vendor named in <paramref name="signals"/> reviews its
    /// rates (<see cref="Vendors.VendorBook.Review"/>), all against every vendor's rates as they were
    /// before any of these reviews, and passes them on to its platform before the call completes.
    /// Called only in ticks with a review.
    /// </summary>
    ValueTask ReviewPricesAsync(TickWindow window, IReadOnlyList<MarketSignal> signals);

    /// <summary>Demand: every lab creates the tick's tasks and posts them on platforms (a vendor's on the vendor's platform); one report per lab, in lab order.</summary>
    ValueTask<IReadOnlyList<DemandReport>> DemandAsync(TickWindow window);

    /// <summary>
    /// Cohorts: each turn (in increasing cohort order) closes the cohort's previous tick, if asked, then
    /// runs what is due in <paramref name="window"/> and sends its workers' claims to the platforms;
    /// with <paramref name="alerts"/>, the tick's push alerts first bring forward the checks of workers
    /// who see them. One report per turn, in turn order.
    /// </summary>
    ValueTask<IReadOnlyList<CohortTurnReport>> CohortsAsync(TickWindow window, IReadOnlyList<CohortTurn> turns, PushAlerts? alerts);

    /// <summary>
    /// Clearing: every platform clears <paramref name="window"/> and hands each cohort its outcomes; one
    /// report per platform, in platform order. With <paramref name="ahead"/>, every lab meanwhile creates
    /// the tasks of those coming ticks, one tick after another, and posts them (the platforms keep them
    /// for their ticks), and the round returns the labs' reports of each of those ticks, as
    /// <see cref="DemandAsync"/> would.
    /// </summary>
    ValueTask<ClearingRound> ClearingAsync(TickWindow window, TickSpan? ahead);

    /// <summary>Metrics: each of <paramref name="cohorts"/> (in increasing order) closes its tick; one report per cohort given, in that order.</summary>
    ValueTask<IReadOnlyList<MetricsReport>> MetricsAsync(TickWindow window, IReadOnlyList<int> cohorts);
}
