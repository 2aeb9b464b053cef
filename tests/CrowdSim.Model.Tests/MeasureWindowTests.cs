using CrowdSim.Model.Metrics;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Workers;
using CrowdSim.Testing;

namespace CrowdSim.Model.Tests;

/// <summary>
/// The measurement window (<see cref="ScenarioSpec.Measure"/>): the summary is built from the
/// window's ticks only, workers' figures from their totals between the window's edges, and what
/// happens outside the window no longer moves the summary.
/// </summary>
public class MeasureWindowTests
{
    private const long Hour = 60;
    private const long Day = 24 * Hour;

    // Three days; a burst (3× demand plus a batch of 2,000) on day 1 and a late batch of 5,000 at 2d20h.
    private static ScenarioSpec Bursty(bool lateBatch = true)
    {
        var builder = new ScenarioBuilder()
            .Days(3)
            .ExpiryHours(6)
            .Event(new TaskSurge(6 * Hour, "alpha", "bbox", 3.0, 12 * Hour, 2000));
        if (lateBatch)
            builder.Event(new TaskSurge((2 * Day) + (20 * Hour), "alpha", "bbox", 1.0, 0, 5000));
        return builder.Build();
    }

    // Leaves out the first day (the burst) and the last six hours (the late batch): ticks 96-264.
    private static readonly MeasureWindow Window = new(Day, (2 * Day) + (18 * Hour));

    [Fact]
    public void Summary_WithAWindow_CountsOnlyTheTicksInIt()
    {
        var spec = Bursty() with { Measure = Window };
        var (from, to) = MeasureWindow.TicksOf(spec);
        var sim = new LocalSimulation(spec, 7);
        var inWindow = new List<TickReport>();
        for (var t = 0; t < spec.Ticks; t++)
        {
            var tick = sim.Step();
            if (t >= from && t < to)
                inWindow.Add(tick);
        }
        var summary = SummaryBuilder.Build(spec, sim.Totals, sim.WorkerRecords(), sim.WaitsByQueue(), "");

        Assert.Equal((96, 264), (from, to));
        Assert.Equal(inWindow.Sum(t => t.Labs.Sum(l => l.Created)), summary.Tasks.Created);
        Assert.Equal(inWindow.Sum(t => t.Labs.Sum(l => l.Posted)), summary.Tasks.Posted);
        Assert.Equal(inWindow.Sum(t => t.Queues.Sum(p => p.Sum(q => q.Submitted))), summary.Tasks.Completed);
        Assert.Equal(inWindow.Sum(t => t.Queues.Sum(p => p.Sum(q => q.Expired))), summary.Tasks.Expired);
        Assert.Equal(inWindow[^1].Queues.Sum(p => p.Sum(q => q.BacklogEnd + q.InServiceEnd)), summary.Tasks.OpenAtEnd);
        Assert.Equal(inWindow.Sum(t => t.Regions.Sum(r => r.EarningsMicros)) / (decimal)Market.Money.MicrosPerUsd, summary.Money.WorkerPay);
        Assert.Equal(new SummaryWindow(1, 2.75, 168), summary.Measure);
        Assert.Equal(spec.Ticks, summary.Ticks);
        // The whole run's books still balance.
        Assert.Empty(Conservation.Violations(sim.Totals));
        Assert.True(sim.Totals.Labs.Sum(l => l.Created) > summary.Tasks.Created);
    }

    [Fact]
    public void WorkerRecords_WithAWindow_AreTheTotalsBetweenItsEdges()
    {
        var spec = Bursty();
        // The same run without a window, read at the window's edges.
        var plain = new LocalSimulation(spec, 7);
        SimulationRuns.RunTo(plain, 96);
        var atStart = plain.WorkerRecords();
        SimulationRuns.RunTo(plain, 264);
        var atEnd = plain.WorkerRecords();

        var windowed = new LocalSimulation(spec with { Measure = Window }, 7);
        SimulationRuns.RunTo(windowed, spec.Ticks);
        var records = windowed.WorkerRecords();

        Assert.Equal(atEnd.Length, records.Length);
        for (var w = 0; w < records.Length; w++)
        {
            var expected = (atEnd[w].PaidMs - atStart[w].PaidMs, atEnd[w].SearchMs - atStart[w].SearchMs, atEnd[w].EarningsMicros - atStart[w].EarningsMicros,
                atEnd[w].Checks - atStart[w].Checks, atEnd[w].TasksApproved - atStart[w].TasksApproved, atEnd[w].Status);
            Assert.Equal(expected, (records[w].PaidMs, records[w].SearchMs, records[w].EarningsMicros, records[w].Checks, records[w].TasksApproved, records[w].Status));
            Assert.True(records[w].LongestStretchMs <= atEnd[w].LongestStretchMs);
        }

        // The summary's wage comes from the window's totals: its pooled earnings are the workers'.
        var summary = SummaryBuilder.Build(windowed.Spec, windowed.Totals, records, windowed.WaitsByQueue(), "");
        var gave = records.Where(r => r.TotalMs > 0).Select(r => r.EffectiveHourlyWage!.Value);
        Assert.Equal(Inequality.Median(gave), summary.WorkerOutcomes.EffectiveHourlyWageMedian);
        Assert.Equal(records.Sum(r => r.EarningsMicros) / (decimal)Market.Money.MicrosPerUsd, summary.WorkerOutcomes.Earnings);
        Assert.Equal(windowed.Totals.Measured!.Regions.Sum(r => r.EarningsMicros), records.Sum(r => r.EarningsMicros));
    }

    [Fact]
    public void LateLargeBatch_OutsideTheWindow_NoLongerMovesTheOpenTaskFigure()
    {
        var with = SimulationRun.Of(Bursty(lateBatch: true) with { Measure = Window }, 7).Summary;
        var without = SimulationRun.Of(Bursty(lateBatch: false) with { Measure = Window }, 7).Summary;
        var fullWith = SimulationRun.Of(Bursty(lateBatch: true), 7).Summary;
        var fullWithout = SimulationRun.Of(Bursty(lateBatch: false), 7).Summary;

        Assert.True(fullWith.Tasks.OpenAtEnd > fullWithout.Tasks.OpenAtEnd + 1000, $"{fullWith.Tasks.OpenAtEnd} vs {fullWithout.Tasks.OpenAtEnd}");
        Assert.Equal(without.Tasks, with.Tasks);
        Assert.Equal(without.Queue, with.Queue);
        Assert.Equal(without.WorkerOutcomes.EffectiveHourlyWageMedian, with.WorkerOutcomes.EffectiveHourlyWageMedian);
    }

    [Fact]
    public void WindowOverTheWholeHorizon_GivesTheWholeRunsSummary()
    {
        var spec = Bursty();
        var plain = SimulationRun.Of(spec, 7).Summary;
        var whole = SimulationRun.Of(spec with { Measure = new MeasureWindow(0, 3 * Day) }, 7).Summary;
        Assert.Null(plain.Measure);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(plain), System.Text.Json.JsonSerializer.Serialize(whole with { Measure = null }));
    }

    [Fact]
    public void Departed_BeforeTheWindow_AreNotCounted()
    {
        var record = new WorkerRecord(0, 0, 0, WorkerStatus.Left, 1, 1, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, null) { InWindow = false };
        Assert.False(record.InWindow);
        Assert.True(new WorkerRecord(0, 0, 0, WorkerStatus.Active, 1, 1, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, null).InWindow);
    }
}
