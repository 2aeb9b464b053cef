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

    public ValueTask CheckInsAsync(TickWindow window, IReadOnlyList<int> cohorts, PushAlerts? alerts) =>
        pauseAt <= TickPhase.CheckIns ? new(Never<bool>()) : host.CheckInsAsync(window, cohorts, alerts);

    public ValueTask<IReadOnlyList<ClearingReport>> ClearingAsync(TickWindow window) =>
        pauseAt <= TickPhase.Clearing ? new(Never<IReadOnlyList<ClearingReport>>()) : host.ClearingAsync(window);

    public ValueTask<IReadOnlyList<MetricsReport>> MetricsAsync(TickWindow window, IReadOnlyList<int> cohorts) =>
        pauseAt <= TickPhase.Metrics ? new(Never<IReadOnlyList<MetricsReport>>()) : host.MetricsAsync(window, cohorts);

    private static Task<T> Never<T>() => new TaskCompletionSource<T>().Task;
}
