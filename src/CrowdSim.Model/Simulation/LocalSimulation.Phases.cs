using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Vendors.Pricing;

namespace CrowdSim.Model.Simulation;

/// <summary>The phases of a tick, done in place on this thread, in <see cref="Window"/>.</summary>
public sealed partial class LocalSimulation : ITickHost
{
    /// <summary>Events: delivers one event to its targets; a vendor passes its rates on to its platform.</summary>
    public void Events(ScenarioEvent e, IReadOnlyList<EventTarget> targets)
    {
        foreach (var target in targets)
        {
            switch (target.Kind)
            {
                case EventTargetKind.Lab:
                    _labs[target.Index].Apply(e);
                    break;
                case EventTargetKind.Vendor:
                    _vendors[target.Index].Apply(e);
                    PublishRates(target.Index);
                    break;
                case EventTargetKind.Platform:
                    _platforms[target.Index].Apply(e);
                    break;
                case EventTargetKind.Cohorts:
                    foreach (var cohort in _cohorts)
                        cohort.Apply(e);
                    break;
            }
        }
    }

    /// <summary>Pricing reviews: each vendor named reviews its rates against every vendor's rates before the reviews, and passes them on.</summary>
    public void ReviewPrices(IReadOnlyList<MarketSignal> signals)
    {
        var before = _vendors.Select(v => v.Rates).ToArray();
        foreach (var signal in signals)
        {
            _vendors[signal.Vendor].Review(signal, before);
            PublishRates(signal.Vendor);
        }
    }

    /// <summary>Demand: every lab's tasks for the tick, posted on the platforms.</summary>
    public DemandReport[] Demand() => DemandIn(Window);

    /// <summary>Every lab's tasks for <paramref name="window"/>: posted now, or (<paramref name="ahead"/>) held until that tick clears, as the platform grains hold them.</summary>
    private DemandReport[] DemandIn(TickWindow window, bool ahead = false)
    {
        var outputs = new LabTickOutput[_labs.Length];
        for (var l = 0; l < _labs.Length; l++)
            outputs[l] = _labs[l].Generate(window.Tick, window.StartMs, window.EndMs);
        if (ahead)
            _postedAhead.Enqueue((window.Tick, outputs));
        else
            Post(outputs);
        return [.. outputs.Select(DemandReport.Of)];
    }

    private void Post(LabTickOutput[] outputs)
    {
        foreach (var output in outputs)
        {
            for (var v = 0; v < _vendors.Length; v++)
                _platforms[_vendors[v].Platform].Enqueue(output.ByVendor[v]);
            for (var p = 0; p < _platforms.Length; p++)
                _platforms[p].Enqueue(output.ByPlatform[p]);
        }
    }

    /// <summary>Check-ins: the cohorts' claims for the tick, by platform, handed to the platforms (and returned).</summary>
    public List<WorkerClaim>[] CheckIns(IReadOnlyList<int> cohorts, PushAlerts? alerts = null)
    {
        var claims = NewClaimLists();
        foreach (var c in cohorts)
            _cohorts[c].CollectClaims(Window.Tick, Window.EndMs, claims, alerts);
        for (var p = 0; p < _platforms.Length; p++)
            _platforms[p].AddClaims(claims[p]);
        return claims;
    }

    /// <summary>Clearing: every platform clears the tick; then their outcomes are applied to the cohorts.</summary>
    public ClearingReport[] Clearing() => ClearIn(Window);

    private ClearingReport[] ClearIn(TickWindow window)
    {
        var results = _platforms.Select(p => p.RunTick(window.StartMs, window.EndMs)).ToArray();
        var reports = new ClearingReport[results.Length];
        for (var p = 0; p < results.Length; p++)
        {
            foreach (var batch in results[p].OutcomesByCohort)
                _cohorts[batch.Cohort].Apply(batch.Outcomes, window.Tick, window.EndMs);
            reports[p] = ClearingReport.Of(results[p], _platforms[p]);
        }
        return reports;
    }

    /// <summary>Metrics: the cohorts close the tick.</summary>
    public MetricsReport[] Metrics(IReadOnlyList<int> cohorts) => cohorts.Select(c => MetricsReport.Close(_cohorts[c])).ToArray();

    ValueTask ITickHost.EventsAsync(TickWindow window, ScenarioEvent e, IReadOnlyList<EventTarget> targets)
    {
        Events(e, targets);
        return ValueTask.CompletedTask;
    }

    ValueTask ITickHost.ReviewPricesAsync(TickWindow window, IReadOnlyList<MarketSignal> signals)
    {
        ReviewPrices(signals);
        return ValueTask.CompletedTask;
    }

    ValueTask<IReadOnlyList<DemandReport>> ITickHost.DemandAsync(TickWindow window) => new(DemandIn(window));

    ValueTask<IReadOnlyList<CohortTurnReport>> ITickHost.CohortsAsync(TickWindow window, IReadOnlyList<CohortTurn> turns, PushAlerts? alerts)
    {
        Window = window;
        var claims = NewClaimLists();
        var reports = new CohortTurnReport[turns.Count];
        for (var k = 0; k < turns.Count; k++)
            reports[k] = turns[k].Take(_cohorts[turns[k].Cohort], window, claims, alerts);
        for (var p = 0; p < _platforms.Length; p++)
            _platforms[p].AddClaims(claims[p]);
        return new(reports);
    }

    ValueTask<ClearingRound> ITickHost.ClearingAsync(TickWindow window, TickSpan? ahead)
    {
        while (_postedAhead.TryPeek(out var posted) && posted.Tick == window.Tick)
            Post(_postedAhead.Dequeue().Outputs);
        var platforms = ClearIn(window);
        var demand = ahead is { } span
            ? Enumerable.Range(span.First, span.Count).Select(t => (IReadOnlyList<DemandReport>)DemandIn(TickWindow.Of(_spec, t), ahead: true)).ToArray()
            : null;
        return new(new ClearingRound(platforms, demand));
    }

    ValueTask<IReadOnlyList<MetricsReport>> ITickHost.MetricsAsync(TickWindow window, IReadOnlyList<int> cohorts) => new(Metrics(cohorts));
}
