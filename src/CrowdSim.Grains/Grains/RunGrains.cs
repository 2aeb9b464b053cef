using CrowdSim.Grains.Interfaces;
using CrowdSim.Grains.Messages;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Vendors.Pricing;

namespace CrowdSim.Grains.Grains;

/// <summary>
/// The grains of one run, and the tick's phases as calls to them (<see cref="ITickHost"/>): each
/// phase calls every participant concerned at once and completes when all have answered. Labs post
/// on platforms and platforms send outcomes to cohorts themselves, so those calls are over by then too.
/// </summary>
internal sealed class RunGrains : ITickHost
{
    private readonly RunSetup _setup;

    public RunGrains(IGrainFactory grains, RunSetup setup)
    {
        _setup = setup;
        var spec = setup.Scenario;
        var runId = setup.RunId;
        Labs = Enumerable.Range(0, spec.Labs.Count).Select(i => grains.GetGrain<ILabGrain>(GrainKeys.Lab(runId, i))).ToArray();
        Vendors = Enumerable.Range(0, spec.Vendors.Count).Select(i => grains.GetGrain<IVendorGrain>(GrainKeys.Vendor(runId, i))).ToArray();
        Platforms = Enumerable.Range(0, spec.Platforms.Count).Select(i => grains.GetGrain<IPlatformGrain>(GrainKeys.Platform(runId, i))).ToArray();
        var cohorts = CohortLayout.Ranges(spec.WorkerCount, setup.WorkersPerGrain).Count;
        Cohorts = Enumerable.Range(0, cohorts).Select(i => grains.GetGrain<IWorkerCohortGrain>(GrainKeys.Cohort(runId, i))).ToArray();
    }

    public IReadOnlyList<ILabGrain> Labs { get; }

    public IReadOnlyList<IVendorGrain> Vendors { get; }

    public IReadOnlyList<IPlatformGrain> Platforms { get; }

    public IReadOnlyList<IWorkerCohortGrain> Cohorts { get; }

    /// <summary>Every participant but the coordinator.</summary>
    public IEnumerable<IRunParticipant> All => Labs.Cast<IRunParticipant>().Concat(Vendors).Concat(Platforms).Concat(Cohorts);

    /// <summary>Builds every participant; returns when each cohort is first due.</summary>
    public async Task<long[]> InitAsync()
    {
        // Platforms first: vendors pass their rates to them on initialisation.
        await Task.WhenAll(Platforms.Select((p, i) => p.InitAsync(_setup, i)));
        await Task.WhenAll(Vendors.Select((v, i) => v.InitAsync(_setup, i)).Concat(Labs.Select((l, i) => l.InitAsync(_setup, i))));
        return await Task.WhenAll(Cohorts.Select((c, i) => c.InitAsync(_setup, i)));
    }

    public async ValueTask EventsAsync(TickWindow window, ScenarioEvent e, IReadOnlyList<EventTarget> targets)
    {
        var message = new EventMessage(e);
        await Task.WhenAll(targets.Select(target => target.Kind switch
        {
            EventTargetKind.Lab => Labs[target.Index].EventAsync(message),
            EventTargetKind.Vendor => Vendors[target.Index].EventAsync(message),
            EventTargetKind.Platform => Platforms[target.Index].EventAsync(message),
            _ => Task.WhenAll(Cohorts.Select(c => c.EventAsync(message))),
        }));
    }

    public async ValueTask ReviewPricesAsync(TickWindow window, IReadOnlyList<MarketSignal> signals)
    {
        // Once a review day: every vendor's rates first, so each review sees the same competitors' rates.
        var before = await Task.WhenAll(Vendors.Select(v => v.RatesAsync()));
        await Task.WhenAll(signals.Select(s => Vendors[s.Vendor].ReviewAsync(new PriceReview(s, before))));
    }

    public async ValueTask<IReadOnlyList<DemandReport>> DemandAsync(TickWindow window) =>
        (await Task.WhenAll(Labs.Select(l => l.DemandAsync(window.Tick, 1)))).Select(l => l.Reports[0]).ToArray();

    public async ValueTask<IReadOnlyList<CohortTurnReport>> CohortsAsync(TickWindow window, IReadOnlyList<CohortTurn> turns, PushAlerts? alerts)
    {
        var calls = new Task<CohortTurnDone>[turns.Count];
        for (var k = 0; k < calls.Length; k++)
            calls[k] = Cohorts[turns[k].Cohort].TurnAsync(CohortTurnMessage.Of(window.Tick, turns[k], alerts));
        var done = await Task.WhenAll(calls);
        var reports = new CohortTurnReport[done.Length];
        for (var k = 0; k < done.Length; k++)
            reports[k] = done[k].Report;
        return reports;
    }

    public async ValueTask<ClearingRound> ClearingAsync(TickWindow window, TickSpan? ahead)
    {
        // The labs' coming demand is posted while the platforms clear: the platforms keep it for its ticks.
        var clearing = new Task<PlatformTick>[Platforms.Count];
        for (var p = 0; p < clearing.Length; p++)
            clearing[p] = Platforms[p].ClearingAsync(window.Tick);
        Task<LabTick[]>? demand = ahead is { } span ? Task.WhenAll(Labs.Select(l => l.DemandAsync(span.First, span.Count))) : null;
        var platforms = await Task.WhenAll(clearing);
        var reports = platforms.Select(p => p.Report).ToArray();
        if (demand is null)
            return new ClearingRound(reports, null);
        var labs = await demand;
        var byTick = new IReadOnlyList<DemandReport>[ahead!.Value.Count];
        for (var k = 0; k < byTick.Length; k++)
            byTick[k] = labs.Select(l => l.Reports[k]).ToArray();
        return new ClearingRound(reports, byTick);
    }

    public async ValueTask<IReadOnlyList<MetricsReport>> MetricsAsync(TickWindow window, IReadOnlyList<int> cohorts) =>
        (await Task.WhenAll(cohorts.Select(c => Cohorts[c].MetricsAsync(window.Tick)))).Select(c => c.Report).ToArray();
}
