using CrowdSim.Experiments.Statistics;
using CrowdSim.Model.Scenario;
using static CrowdSim.DocGen.DocNumbers;

namespace CrowdSim.DocGen;

/// <summary>
/// Stylised fact 2: a top tail of experienced, well-paid workers, from learning, approved tasks brought
/// into the run, approval gates and what workers learn of requesters (mturk-2015 against a contrast without them).
/// </summary>
internal static class TopTailFact
{
    /// <summary>The threshold Hara et al. (2018) count workers above: the US federal minimum wage, USD/h.</summary>
    public const double HaraThresholdUsdPerHour = 7.25;

    /// <summary>Hara et al. (2018): about 4% of workers earned more than 7.25 USD/h.</summary>
    public const double PublishedShareAbove = 0.04;

    /// <summary>Hara et al. (2018): the median worker earned about 2 USD/h.</summary>
    public const double PublishedMedianUsdPerHour = 2.0;

    public static StylisedFact Build(ScenarioSpec mturk, IReadOnlyList<ScenarioSpec> mturkReplications, int replications)
    {
        var on = new FactArm("mturk-2015", mturkReplications);
        var off = new FactArm("without experience", FactScenarios.Replicate(FactScenarios.WithoutExperience(mturk), replications));
        var gate = mturk.Labs.SelectMany(l => l.Demand).Select(d => d.Requesters?.ApprovalGate).FirstOrDefault(g => g is not null);
        var gateText = gate is null ? "no requester gates its tasks" : $"{Pct0(gate.Share)} of requesters admit only workers with at least {Int(gate.MinApproved)} approved tasks";
        var text =
            "**Mechanisms**: learning (`learning`: handling speeds up with approved tasks), approved tasks brought from before the run (`priorApproved`), " +
            $"approval gates (`approvalGate`: {gateText}) and the listing's beliefs, favourites and review site, which let workers who have seen more requesters find the better ones. " +
            "**Fact**: most workers earn little, and a small tail of experienced workers earns well. " +
            "**Published (outcomes, compared with)**: Hara et al. (2018, *CHI*, \"A data-driven analysis of workers' earnings on Amazon Mechanical Turk\"), counting unpaid " +
            $"time: a median of about {F1(PublishedMedianUsdPerHour)} USD/h, and about {Pct0(PublishedShareAbove)} of workers above {F2(HaraThresholdUsdPerHour)} USD/h; " +
            "Kummerfeld (2021, *ACL*, from Hara et al.'s data) finds that tasks behind an approved-count gate pay a median 4.14 USD/h against 2.54 USD/h overall, " +
            "so experience should pay (a direction: no published ratio like the one measured here). " +
            "**Measures**, over the workers who gave any time in the measurement window, each one's hourly over all their time (earnings ÷ paid and unpaid hours, as " +
            "`workers.csv` gives it); the most experienced tenth are those with most approved tasks in the window (as `workers.csv` counts them: approvals " +
            "brought from before the run are not in the count). " +
            "**Contrast**: perfect information, no learning, no approved tasks from before the run and no gates.";
        FactMeasure Row(string label, Func<ScenarioRun, double> of, OutcomeRange range, Func<double, string> format, FactTarget? target = null) =>
            new(label, on, off, of, range, format, target);
        return new StylisedFact("A top tail of experienced, well-paid workers", text,
            [
                Row($"workers at or above {F2(HaraThresholdUsdPerHour)} USD/h (share)", ShareAboveThreshold, OutcomeRange.Share, Pct,
                    FactTarget.Published($"about {Pct0(PublishedShareAbove)} (Hara et al. 2018)", new PublishedRange(PublishedShareAbove, PublishedShareAbove))),
                Row("median hourly (USD/h)", r => r.Summary.WorkerOutcomes.EffectiveHourlyWageMedian, OutcomeRange.NonNegative, F2,
                    FactTarget.Published($"about {F1(PublishedMedianUsdPerHour)} (Hara et al. 2018)", new PublishedRange(PublishedMedianUsdPerHour, PublishedMedianUsdPerHour))),
                Row("mean hourly of the tenth with most approved tasks ÷ the rest's", ExperiencedRatio, OutcomeRange.NonNegative, F2,
                    FactTarget.Towards(RangeSide.Above, "higher with experience (Kummerfeld 2021; direction only)") with { Beyond = (1, "experience pays") }),
            ]);
    }

    /// <summary>Workers who gave any time in the window: approved tasks, id and hourly over all time.</summary>
    public static IReadOnlyList<(long Approved, int Id, double Hourly)> Workers(ScenarioRun run) =>
        run.Workers.Where(w => w.InWindow && w.EffectiveHourlyWage is not null)
            .Select(w => (w.TasksApproved, w.WorkerId, w.EffectiveHourlyWage!.Value))
            .ToArray();

    private static double ShareAboveThreshold(ScenarioRun run) =>
        FactStatistics.ShareAtLeast(Workers(run).Select(w => w.Hourly).ToArray(), HaraThresholdUsdPerHour);

    private static double ExperiencedRatio(ScenarioRun run) => FactStatistics.TopTenthRatio(Workers(run));
}
