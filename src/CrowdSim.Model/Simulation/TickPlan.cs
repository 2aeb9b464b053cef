using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Vendors.Pricing;

namespace CrowdSim.Model.Simulation;

/// <summary>
/// The one definition of a tick: the five phases of <see cref="TickPhase"/>, in order, run against
/// a host (<see cref="ITickHost"/>), and the <see cref="TickReport"/> they add up to. The plan owns
/// simulated time: the next tick, and when each cohort next has something due, so that a cohort
/// with nothing due and no outcomes is not called in a tick at all.
/// </summary>
public sealed class TickPlan
{
    private readonly ScenarioSpec _spec;
    private readonly EventSchedule _events;
    private readonly long[] _cohortNextCheckMs;
    private readonly bool[] _touched;
    private readonly MarketSignalBook _signals;
    private readonly int _maxTicksAhead;

    /// <param name="spec">The scenario.</param>
    /// <param name="nextTick">The tick to run first.</param>
    /// <param name="cohortNextCheckMs">When each cohort next has something due (index = cohort); the plan keeps the array and updates it.</param>
    public TickPlan(ScenarioSpec spec, int nextTick, long[] cohortNextCheckMs)
    {
        _spec = spec;
        _events = new EventSchedule(spec);
        NextTick = nextTick;
        _cohortNextCheckMs = cohortNextCheckMs;
        _touched = new bool[cohortNextCheckMs.Length];
        _signals = new MarketSignalBook(spec);
        var perTick = spec.Labs.Sum(l => l.Demand.Sum(d => d.TasksPerDay)) * spec.TickMinutes / (24.0 * 60);
        _maxTicksAhead = (int)Math.Clamp(MaxTasksAhead / Math.Max(1, perTick), 1, int.MaxValue);
    }

    /// <summary>The next tick to run.</summary>
    public int NextTick { get; private set; }

    /// <summary>Whether every tick of the scenario has run.</summary>
    public bool Finished => NextTick >= _spec.Ticks;

    /// <summary>When each cohort next has something due, as last reported (index = cohort).</summary>
    public IReadOnlyList<long> CohortNextCheckMs => _cohortNextCheckMs;

    /// <summary>Runs tick <see cref="NextTick"/> through every phase on <paramref name="host"/> and returns what it measured.</summary>
    public async ValueTask<TickReport> RunTickAsync(ITickHost host) => (await RunAsync(host, 1))[0];

    /// <summary>
    /// Runs up to <paramref name="maxTicks"/> ticks from <see cref="NextTick"/> on <paramref name="host"/>
    /// and returns what each measured, in tick order. Within the step the rounds overlap: a cohort
    /// closes one tick and checks in for the next in one turn, and labs post the coming ticks' demand
    /// while the platforms clear this one (several ticks at once, up to <see cref="MaxTasksAhead"/>
    /// tasks: labs read nothing the market does), so that a tick costs two rounds of calls, or one
    /// when its demand was posted ahead. A tick with events or a pricing review starts afresh: those
    /// must see the tick before it closed, as the phases of <see cref="TickPhase"/> say. Every tick
    /// is closed, and no demand is posted ahead, when the step returns.
    /// </summary>
    public async ValueTask<IReadOnlyList<TickReport>> RunAsync(ITickHost host, int maxTicks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTicks, 1);
        var end = (int)Math.Min(_spec.Ticks, (long)NextTick + maxTicks);
        var reports = new List<TickReport>(Math.Max(0, end - NextTick));
        var ahead = new Queue<IReadOnlyList<DemandReport>>();
        OpenTick? open = null;
        IReadOnlyList<DemandReport>? demand = null;
        while (NextTick < end)
        {
            var window = TickWindow.Of(_spec, NextTick++);
            demand ??= await OpenAsync(host, window);

            // Push alerts may bring any cohort's checks forward: every cohort hears them.
            var alerts = PushAlerts.Merge(_spec, demand);
            var turns = Turns(window, closing: open is not null, alerts);
            var answers = await host.CohortsAsync(window, turns, alerts);
            if (answers.Count != turns.Length)
                throw new InvalidOperationException($"the host answered {answers.Count} cohort turns; {turns.Length} were asked for");
            if (open is not null)
                reports.Add(Close(open, Closed(turns, answers)));

            // The coming ticks' demand goes with this tick's clearing, unless it is posted already, the
            // step ends here, or the next tick changes something first.
            TickSpan? span = ahead.Count > 0 ? null : Ahead(end);
            var round = await host.ClearingAsync(window, span);
            if ((round.Ahead?.Count ?? 0) != (span?.Count ?? 0))
                throw new InvalidOperationException($"the host posted demand for {round.Ahead?.Count ?? 0} ticks ahead; {span?.Count ?? 0} were asked for");
            foreach (var posted in round.Ahead ?? [])
                ahead.Enqueue(posted);
            open = new OpenTick(window, demand, round.Platforms, Touched(turns, answers, round.Platforms));
            demand = ahead.Count > 0 ? ahead.Dequeue() : null;
            if (demand is null)
            {
                var metrics = await host.MetricsAsync(window, open.Touched);
                if (metrics.Count != open.Touched.Length)
                    throw new InvalidOperationException($"the host closed {metrics.Count} cohorts; {open.Touched.Length} were asked for");
                reports.Add(Close(open, metrics));
                Array.Clear(_touched);
                open = null;
            }
        }
        return reports;
    }

    /// <summary>
    /// The most tasks a step posts ahead of their ticks, by the scenario's steady demand: what the
    /// platforms hold for coming ticks stays a few megabytes at any size. A small market gets whole
    /// steps of demand in one round; a large one, a tick at a time.
    /// </summary>
    public const int MaxTasksAhead = 1 << 16;

    /// <summary>Writes the next tick and the cohorts' next checks (between ticks).</summary>
    public void Save(StateWriter w)
    {
        w.Write(NextTick);
        w.Write<long>(_cohortNextCheckMs);
        SaveSignals(w);
    }

    /// <summary>Writes the market signals gathered since the vendors' last pricing reviews (nothing without a pricing rule).</summary>
    public void SaveSignals(StateWriter w) => _signals.Save(w);

    /// <summary>Reads back what <see cref="SaveSignals"/> wrote.</summary>
    public void RestoreSignals(StateReader r) => _signals.Restore(r);

    /// <summary>Reads back what <see cref="Save"/> wrote, for a run of <paramref name="cohorts"/> cohorts.</summary>
    public static TickPlan Restore(ScenarioSpec spec, int cohorts, StateReader r)
    {
        var nextTick = r.ReadInt();
        var nextChecks = new long[cohorts];
        r.ReadInto<long>(nextChecks);
        var plan = new TickPlan(spec, nextTick, nextChecks);
        plan.RestoreSignals(r);
        return plan;
    }

    /// <summary>A tick from its start: pricing reviews (signals up to the previous tick), scripted events on top, then the labs' demand.</summary>
    private async ValueTask<IReadOnlyList<DemandReport>> OpenAsync(ITickHost host, TickWindow window)
    {
        if (_signals.Active && _signals.DueIn(window) is { Count: > 0 } signals)
            await host.ReviewPricesAsync(window, signals);

        // Events one at a time, in file order: two events for the same participant must not race.
        foreach (var e in _events.DueIn(window.Tick))
            await host.EventsAsync(window, e, EventTarget.Of(_spec, e));

        return await host.DemandAsync(window);
    }

    /// <summary>
    /// The ticks whose demand the next clearing round posts: from <see cref="NextTick"/>, up to the
    /// step's <paramref name="end"/>, the first tick with a change, and <see cref="MaxTasksAhead"/>
    /// tasks of steady demand; null when the next tick cannot have its demand posted ahead.
    /// </summary>
    private TickSpan? Ahead(int end)
    {
        var count = 0;
        while (NextTick + count < end && count < _maxTicksAhead && !ChangesIn(NextTick + count))
            count++;
        return count == 0 ? null : new TickSpan(NextTick, count);
    }

    /// <summary>Whether <paramref name="tick"/> has scripted events or a pricing review, which must come after the tick before it has closed.</summary>
    private bool ChangesIn(int tick) => _events.AnyIn(tick) || (_signals.Active && _signals.AnyDueIn(TickWindow.Of(_spec, tick)));

    /// <summary>
    /// The cohort round's turns, in increasing cohort order: a cohort touched in the previous tick
    /// (when <paramref name="closing"/>) closes it and then checks in if it is due; another checks in if
    /// it was due before <paramref name="window"/> ends. Under push alerts every cohort checks in.
    /// </summary>
    private CohortTurn[] Turns(TickWindow window, bool closing, PushAlerts? alerts)
    {
        var turns = new List<CohortTurn>();
        for (var c = 0; c < _cohortNextCheckMs.Length; c++)
        {
            var close = closing && _touched[c];
            _touched[c] = false;
            var checkIn = alerts is not null ? CheckInRule.Yes
                : close ? CheckInRule.IfDue
                : _cohortNextCheckMs[c] < window.EndMs ? CheckInRule.Yes : CheckInRule.No;
            if (close || checkIn != CheckInRule.No)
                turns.Add(new CohortTurn(c, close, checkIn));
        }
        return [.. turns];
    }

    /// <summary>The previous tick's cohort reports from the turns that closed it, in cohort order.</summary>
    private static MetricsReport[] Closed(CohortTurn[] turns, IReadOnlyList<CohortTurnReport> answers)
    {
        var closed = new List<MetricsReport>();
        for (var k = 0; k < turns.Length; k++)
        {
            if (turns[k].ClosePrevious)
                closed.Add(answers[k].Closed ?? throw new InvalidOperationException($"cohort {turns[k].Cohort} was asked to close the previous tick and did not"));
        }
        return [.. closed];
    }

    /// <summary>
    /// The cohorts that checked in or that a platform sent outcomes to, in increasing order: they close
    /// the tick. They stay marked until the next round of turns reads them.
    /// </summary>
    private int[] Touched(CohortTurn[] turns, IReadOnlyList<CohortTurnReport> answers, IReadOnlyList<ClearingReport> platforms)
    {
        for (var k = 0; k < turns.Length; k++)
        {
            if (answers[k].CheckedIn)
                _touched[turns[k].Cohort] = true;
        }
        foreach (var platform in platforms)
        {
            foreach (var c in platform.CohortsNotified)
                _touched[c] = true;
        }
        var touched = new List<int>();
        for (var c = 0; c < _touched.Length; c++)
        {
            if (_touched[c])
                touched.Add(c);
        }
        return [.. touched];
    }

    /// <summary>Closes <paramref name="open"/> with its cohorts' reports (in the order of its touched cohorts): their next checks, its report, the market signals.</summary>
    private TickReport Close(OpenTick open, IReadOnlyList<MetricsReport> cohorts)
    {
        for (var k = 0; k < open.Touched.Length; k++)
            _cohortNextCheckMs[open.Touched[k]] = cohorts[k].NextCheckMs;
        var report = Report(open.Window, open.Labs, open.Platforms, cohorts);
        _signals.Add(report);
        return report;
    }

    /// <summary>A tick cleared but not yet closed: what its demand and clearing reported, and the cohorts that must close it.</summary>
    private sealed record OpenTick(TickWindow Window, IReadOnlyList<DemandReport> Labs, IReadOnlyList<ClearingReport> Platforms, int[] Touched);

    private TickReport Report(
        TickWindow window, IReadOnlyList<DemandReport> labs, IReadOnlyList<ClearingReport> platforms, IReadOnlyList<MetricsReport> cohorts) => new(
        window.Tick,
        window.StartMs,
        labs.Select(l => l.Counters).ToArray(),
        platforms.Select(p => p.Queues).ToArray(),
        platforms.Select(p => p.Money).ToArray(),
        RegionCountersSum.Of(_spec.Regions.Count, cohorts.Select(c => c.Regions)),
        platforms.Sum(p => p.WorkersInSession),
        labs.SelectMany(l => l.Projects).ToArray(),
        platforms.SelectMany(p => p.TaskEvents).ToArray());
}
