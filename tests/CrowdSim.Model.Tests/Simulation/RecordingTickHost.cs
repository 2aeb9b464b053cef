using CrowdSim.Model.Labs;
using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Vendors.Pricing;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Tests.Simulation;

/// <summary>
/// A host that does no work: it writes down every call a <see cref="TickPlan"/> makes, as
/// "tick Phase details", and answers with made-up reports whose numbers say where they came from.
/// A cohort round is written "tick CheckIns [turns]": a turn is the cohort's index, after "~" if it
/// closes the previous tick first, followed by "?" if it then checks in only if due, "-" if not at all.
/// Demand posted with a clearing is written "ticks Demand with clearing" (the ticks posted ahead).
/// </summary>
internal sealed class RecordingTickHost(ScenarioSpec spec) : ITickHost
{
    public List<string> Calls { get; } = [];

    /// <summary>The cohorts platform p notifies in tick t: (t, p) → cohorts.</summary>
    public Func<int, int, int[]> Notified { get; init; } = (_, _) => [];

    /// <summary>When cohort c is next due after tick t closes it: (t, c) → ms.</summary>
    public Func<int, int, long> NextCheckMs { get; init; } = (_, _) => long.MaxValue;

    /// <summary>Metrics reports only for the first this many cohorts asked for (a broken host).</summary>
    public int MetricsLimit { get; init; } = int.MaxValue;

    public ValueTask EventsAsync(TickWindow window, ScenarioEvent e, IReadOnlyList<EventTarget> targets)
    {
        Calls.Add($"{window.Tick} Events {e.TypeName}@{e.AtMinute} to {string.Join(", ", targets.Select(t => $"{t.Kind} {t.Index}"))}");
        return ValueTask.CompletedTask;
    }

    public ValueTask ReviewPricesAsync(TickWindow window, IReadOnlyList<MarketSignal> signals)
    {
        Calls.Add($"{window.Tick} ReviewPrices {string.Join(", ", signals.Select(s => s.Vendor))}");
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<DemandReport>> DemandAsync(TickWindow window)
    {
        Calls.Add($"{window.Tick} Demand");
        return new(DemandReports(window));
    }

    public ValueTask<IReadOnlyList<CohortTurnReport>> CohortsAsync(TickWindow window, IReadOnlyList<CohortTurn> turns, PushAlerts? alerts)
    {
        Calls.Add($"{window.Tick} CheckIns [{string.Join(", ", turns.Select(Text))}]");
        return new(turns.Select(t =>
        {
            var closed = t.ClosePrevious ? Closed(window.Tick - 1, t.Cohort) : null;
            var checkIn = t.CheckIn == CheckInRule.Yes || (t.CheckIn == CheckInRule.IfDue && closed!.NextCheckMs < window.EndMs);
            return new CohortTurnReport(closed, checkIn);
        }).ToArray());
    }

    public ValueTask<ClearingRound> ClearingAsync(TickWindow window, TickSpan? ahead)
    {
        Calls.Add($"{window.Tick} Clearing");
        var platforms = spec.Platforms.Select((_, p) => new ClearingReport(
            [new QueueCounters { Arrivals = (100 * window.Tick) + p }],
            new PlatformMoney(spec.Labs.Count, spec.Vendors.Count) { Fees = 1000 + p },
            Notified(window.Tick, p),
            10 + p,
            [new TaskEvent(p, TaskEventKind.Posted, window.StartMs, p, 0, 0, -1, -1, 0)])).ToArray();
        if (ahead is not { } span)
            return new(new ClearingRound(platforms, null));
        var ticks = Enumerable.Range(span.First, span.Count).ToArray();
        Calls.Add($"{string.Join(", ", ticks)} Demand with clearing");
        return new(new ClearingRound(platforms, [.. ticks.Select(t => (IReadOnlyList<DemandReport>)DemandReports(TickWindow.Of(spec, t)))]));
    }

    public ValueTask<IReadOnlyList<MetricsReport>> MetricsAsync(TickWindow window, IReadOnlyList<int> cohorts)
    {
        Calls.Add($"{window.Tick} Metrics [{string.Join(", ", cohorts)}]");
        return new(cohorts.Take(MetricsLimit).Select(c => Closed(window.Tick, c)).ToArray());
    }

    private static string Text(CohortTurn t) =>
        $"{(t.ClosePrevious ? "~" : "")}{t.Cohort}{t.CheckIn switch { CheckInRule.IfDue => "?", CheckInRule.No => "-", _ => "" }}";

    private DemandReport[] DemandReports(TickWindow window) => spec.Labs.Select((_, l) => new DemandReport(
        new LabCounters { Created = (100 * window.Tick) + l },
        [new ProjectLaunch(l * 1000 + window.Tick, l, 0, window.StartMs, 1, ProjectLaunch.LaunchKind)])).ToArray();

    // Region r of cohort c counted 10c + r paid ms in every tick.
    private MetricsReport Closed(int tick, int c) => new(
        spec.Regions.Select((_, r) => new RegionCounters { Checks = 1, PaidMs = (10 * c) + r }).ToArray(),
        NextCheckMs(tick, c));
}
