using CrowdSim.Model.Scenario;
using CrowdSim.Model.Vendors.Pricing;

namespace CrowdSim.Model.Simulation;

/// <summary>
/// Passes the phases before <paramref name="pauseAt"/> on to <paramref name="host"/> and never
/// completes a call of that phase or a later one: a plan run against it waits there for good,
/// its tick left open just before <paramref name="pauseAt"/> (see <see cref="LocalSimulation.StepUntil"/>).
/// </summary>
internal sealed class PausedTickHost(ITickHost host, TickPhase pauseAt) : ITickHost
{
    public ValueTask EventsAsync(TickWindow window, ScenarioEvent e, IReadOnlyList<EventTarget> targets) =>
        pauseAt <= TickPhase.Events ? new(Never<bool>()) : host.EventsAsync(window, e, targets);

    public ValueTask ReviewPricesAsync(TickWindow window, IReadOnlyList<MarketSignal> signals) =>
        pauseAt <= TickPhase.Events ? new(Never<bool>()) : host.ReviewPricesAsync(window, signals);

    public ValueTask<IReadOnlyList<DemandReport>> DemandAsync(TickWindow window) =>
        pauseAt <= TickPhase.Demand ? new(Never<IReadOnlyList<DemandReport>>()) : host.DemandAsync(window);

    // A turn that closes a tick belongs to the tick before: its Metrics phase comes first.
    public ValueTask<IReadOnlyList<CohortTurnReport>> CohortsAsync(TickWindow window, IReadOnlyList<CohortTurn> turns, PushAlerts? alerts) =>
        pauseAt <= TickPhase.CheckIns || (pauseAt <= TickPhase.Metrics && turns.Any(t => t.ClosePrevious))
            ? new(Never<IReadOnlyList<CohortTurnReport>>())
            : host.CohortsAsync(window, turns, alerts);

    public ValueTask<ClearingRound> ClearingAsync(TickWindow window, TickSpan? ahead) =>
        pauseAt <= TickPhase.Clearing ? new(Never<ClearingRound>()) : host.ClearingAsync(window, ahead);

    public ValueTask<IReadOnlyList<MetricsReport>> MetricsAsync(TickWindow window, IReadOnlyList<int> cohorts) =>
        pauseAt <= TickPhase.Metrics ? new(Never<IReadOnlyList<MetricsReport>>()) : host.MetricsAsync(window, cohorts);

    private static Task<T> Never<T>() => new TaskCompletionSource<T>().Task;
}
