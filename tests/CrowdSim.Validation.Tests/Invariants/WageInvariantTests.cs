using CrowdSim.Model.Metrics;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>
/// The effective hourly wage (earnings ÷ (paid + unpaid hours), <c>WorkerRecord.EffectiveHourlyWage</c>)
/// never exceeds the paid-time wage (earnings ÷ paid hours, <c>WorkerRecord.PaidHourlyWage</c>),
/// for every worker with paid time; nobody earns without paid time; and the same order holds for the
/// medians the summary reports, overall and by region (docs/MODEL.md, "What a run measures").
/// </summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class WageInvariantTests
{
    private const int Cases = 100;

    [Fact]
    public void EffectiveWage_NeverExceedsPaidTimeWage() => GeneratedCases.Check(Cases, stream: 41, (spec, label) =>
    {
        var sim = InvariantRun.Run(spec, (_, _) => { });
        var workers = sim.WorkerRecords();
        foreach (var w in workers)
        {
            var who = $"{label}: worker {w.WorkerId} (pool {spec.WorkerPools[w.Pool].Id})";
            Assert.True(w.EarningsMicros == 0 || w.PaidMs > 0, $"{who} earned {w.EarningsMicros} µ$ in no paid time");
            if (w.PaidMs == 0)
                continue;
            Assert.True(w.EffectiveHourlyWage is not null && w.PaidHourlyWage is not null, $"{who} has paid time but no wage");
            Assert.True(
                w.EffectiveHourlyWage <= w.PaidHourlyWage,
                $"{who}: effective {w.EffectiveHourlyWage} USD/h > paid-time {w.PaidHourlyWage} USD/h "
                + $"(earned {w.EarningsMicros} µ$ in {w.PaidMs} ms paid, {w.UnpaidMs} ms unpaid)");
        }

        var summary = SummaryBuilder.Build(spec, sim.Totals, workers, sim.WaitsByQueue(), resultHash: "");
        foreach (var (group, outcomes) in summary.ByRegion.Prepend(new("all", summary.WorkerOutcomes)))
        {
            Assert.True(
                outcomes.EffectiveHourlyWageMedian <= outcomes.PaidHourlyWageMedian,
                $"{label}, {group}: median effective wage {outcomes.EffectiveHourlyWageMedian} USD/h > median paid-time wage {outcomes.PaidHourlyWageMedian} USD/h");
        }
    });
}
