using CrowdSim.Model.Metrics;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>
/// A measurement window only leaves ticks out (docs/MODEL.md, "The measurement window"): for any
/// generated scenario and any window, every count and pooled total of the summary is at most the
/// whole run's, and a window over the whole horizon gives the whole run's summary.
/// </summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class MeasureWindowInvariantTests
{
    private const int Cases = 40;

    [Fact]
    public void WindowedCounts_AreAtMostTheWholeRuns_AndEqualOverTheWholeHorizon() => GeneratedCases.Check(Cases, stream: 151, (spec, label) =>
    {
        var full = Summary(spec);
        var windowed = WindowedCases.WithWindow(spec);
        label += $", measured over minutes {windowed.Measure!.FromMinutes}-{windowed.Measure.ToMinutes}";
        var part = Summary(windowed);
        foreach (var (name, whole, measured) in Counts(full).Zip(Counts(part), (a, b) => (a.Name, a.Value, b.Value)))
            Assert.True(measured <= whole + 1e-9, $"{label}: {name} is {measured} in the window, {whole} over the whole run");

        var everything = Summary(spec with { Measure = new Model.Scenario.MeasureWindow(0, spec.Days * 24L * 60) });
        Assert.Equal(Json(full), Json(everything with { Measure = null }));
    });

    private static RunSummary Summary(Model.Scenario.ScenarioSpec spec)
    {
        var sim = InvariantRun.Run(spec, (_, _) => { });
        return SummaryBuilder.Build(spec, sim.Totals, sim.WorkerRecords(), sim.WaitsByQueue(), resultHash: "");
    }

    private static IEnumerable<(string Name, double Value)> Counts(RunSummary s)
    {
        var t = s.Tasks;
        var w = s.WorkerOutcomes;
        return
        [
            ("created", t.Created), ("automated", t.Automated), ("posted", t.Posted), ("completed", t.Completed), ("approved", t.Approved),
            ("rejected", t.Rejected), ("expired", t.Expired), ("abandoned", t.Abandoned),
            ("workerPay", (double)s.Money.WorkerPay), ("salaries", (double)s.Money.Salaries),
            ("workers", w.Workers), ("paidHours", w.PaidHours), ("unpaidHours", w.UnpaidHours), ("earnings", (double)w.Earnings),
            ("searchHours", w.SearchHours), ("trainingHours", w.TrainingHours), ("longestStretchHoursMax", w.LongestStretchHoursMax),
            ("deactivated", w.Deactivated), ("departures", w.Departures), ("recruitsJoined", w.RecruitsJoined),
            .. s.ByQueue.SelectMany(q => new[] { ($"{q.Key} taken", (double)q.Value.Taken), ($"{q.Key} expired", (double)q.Value.Expired) }),
        ];
    }

    private static string Json(RunSummary s) => System.Text.Json.JsonSerializer.Serialize(s);
}
