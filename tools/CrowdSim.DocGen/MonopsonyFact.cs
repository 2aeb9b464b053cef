using CrowdSim.Experiments.Statistics;
using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;
using static CrowdSim.DocGen.DocNumbers;

namespace CrowdSim.DocGen;

/// <summary>
/// Stylised fact 1, monopsony: supply to one requester is inelastic but not zero. Two probe requesters
/// post identical batches on the marketplace, one paying 10% more (the design of Dube, Jacobs, Naidu
/// and Suri 2020), with the listing search and with perfect information.
/// </summary>
internal static class MonopsonyFact
{
    public const string ProbeType = "probe";
    public const string LowerLab = "probe-p";
    public const string HigherLab = "probe-1.1p";
    public const double PayRatio = 1.1;

    /// <summary>Dube, Jacobs, Naidu &amp; Suri (2020): the elasticity of labour supply to a requester on MTurk is about 0.1.</summary>
    public const double PublishedElasticity = 0.1;

    /// <summary>Tasks in each probe batch: the smallest project launch of mturk-2015's requesters (assumption).</summary>
    private const int BatchTasks = 1000;

    /// <summary>A short expiry, so that a batch the crowd does not want would lapse the same day.</summary>
    private const double ExpiryHours = 6;

    /// <summary>The probes post at 10:00 of the requesters' local time.</summary>
    private const int PostingLocalHour = 10;

    private const int MinutesPerDay = 24 * 60;

    public static StylisedFact Build(ScenarioSpec mturk, int replications)
    {
        var listing = new FactArm("listing", FactScenarios.Replicate(WithProbes(mturk), replications));
        var perfect = new FactArm("perfect information", FactScenarios.Replicate(WithProbes(FactScenarios.PerfectInformation(mturk)), replications));
        var probes = WithProbes(mturk);
        var (lab, line) = RequestersLine(mturk);
        var batches = probes.Events.OfType<TaskSurge>().Count(s => s.Lab == LowerLab);
        var reward = LowerReward(mturk);
        var search = mturk.Platforms[mturk.PlatformIndex(line.Platform!)].Search;
        var text =
            $"**Mechanism**: the listing search on `{line.Platform}` (`search: {{rule: listing}}`, docs/MODEL.md \"Search on a listing\"): a worker sees a page or two of a " +
            $"sorted listing instead of every group, {Pct0(search.SatisficeShare)} of workers take the first acceptable group they see (satisficing), and favourites, " +
            "beliefs and a review site stand in for comparing every requester. " +
            "**Fact**: a requester who pays a little more gets its work done a little faster, not all the work at once: labour supply to one requester is inelastic " +
            "(an elasticity below 1) but not zero. " +
            "**Published (an outcome, compared with)**: Dube, Jacobs, Naidu & Suri (2020, *AER: Insights*, \"Monopsony in online labor markets\") put the elasticity of " +
            $"labour supply to a requester on MTurk at about {Plain(PublishedElasticity)}, from how fast tasks are taken up as their reward varies. " +
            $"**Design**: two probe requesters are added to mturk-2015, each posting {Int(BatchTasks)} tasks of a probe type (as long as `{line.TaskType}`, " +
            $"{Plain(mturk.TaskTypes[mturk.TaskTypeIndex(line.TaskType)].MeanMinutes)} min; expiry {Plain(ExpiryHours)} h) at {PostingLocalHour}:00 the requesters' local time " +
            $"on each of the {batches} days whose batches fall in the measurement window; one pays {F2(reward * 100)} US cents a task ({F2(line.Requesters!.PayMedianUsdPerHour)} USD/h, " +
            $"the median of `{lab.Id}`' pay distribution), the other {Plain(PayRatio)} times that. As in Dube et al., supply is read from the speed of take-up: the elasticity is " +
            $"ln(mean wait to first pickup at p ÷ mean wait at {Plain(PayRatio)}p) ÷ ln {Plain(PayRatio)}, per replication. The batch size is an assumption that " +
            "the measured elasticity depends on: in trial runs, larger batches gave smaller elasticities under the listing. " +
            "**Contrast**: the same with perfect information (`SearchSpec.Perfect`): every free worker sees every group and takes the best acceptable one.";
        FactMeasure Row(string label, Func<ScenarioRun, double> of, OutcomeRange range, Func<double, string> format, FactTarget? target = null) =>
            new(label, listing, perfect, of, range, format, target);
        return new StylisedFact("Supply to one requester: inelastic but not zero", text,
            [
                Row($"elasticity of take-up to pay (p vs {Plain(PayRatio)}p)", Elasticity, OutcomeRange.Unbounded, F2,
                    FactTarget.Published($"about {Plain(PublishedElasticity)} (Dube et al. 2020)", new PublishedRange(PublishedElasticity, PublishedElasticity)) with { Beyond = (1, "inelastic") }),
                Row("mean wait to first pickup at p (min)", r => WaitMinutes(r, LowerLab), OutcomeRange.NonNegative, F2),
                Row($"mean wait to first pickup at {Plain(PayRatio)}p (min)", r => WaitMinutes(r, HigherLab), OutcomeRange.NonNegative, F2),
                Row("probe tasks taken (share of posted)", TakenShare, OutcomeRange.Share, Pct),
            ],
            comparisons => comparisons[3].With.Mean >= 1 && comparisons[3].Without.Mean >= 1
                ? "Every probe task was taken in every run, with and without the listing: the crowd is larger than the work, so the number of tasks taken cannot answer pay, and the time to take them up is what differs."
                : null);
    }

    /// <summary>The scenario with the two probe requesters: a probe task type, two labs posting one batch a day each, at p and 1.1p.</summary>
    public static ScenarioSpec WithProbes(ScenarioSpec spec)
    {
        var (lab, line) = RequestersLine(spec);
        var taskType = spec.TaskTypes[spec.TaskTypeIndex(line.TaskType)];
        var reward = LowerReward(spec);
        var probeLine = line with { TaskType = ProbeType, TasksPerDay = 0, BurstsPerWeek = 0, AutomatedShare = 0, Requesters = null, Spillover = null };
        var (fromMinute, toMinute) = spec.Measure is { } m ? (m.FromMinutes, m.ToMinutes) : (0L, (long)spec.Days * MinutesPerDay);
        var postings = Enumerable.Range(0, spec.Days)
            .Select(day => ((long)day * MinutesPerDay) + (PostingLocalHour * 60) - lab.UtcOffsetMinutes)
            .Where(at => at >= fromMinute && at + (long)(ExpiryHours * 60) <= toMinute)
            .ToArray();
        return spec with
        {
            TaskTypes = [.. spec.TaskTypes, taskType with { Id = ProbeType, ExpiryHours = ExpiryHours }],
            Labs =
            [
                .. spec.Labs,
                new LabSpec(LowerLab, lab.UtcOffsetMinutes, [probeLine with { PriceUsd = reward }]),
                new LabSpec(HigherLab, lab.UtcOffsetMinutes, [probeLine with { PriceUsd = reward * PayRatio }]),
            ],
            Events =
            [
                .. spec.Events,
                .. postings.SelectMany(at => new ScenarioEvent[] { new TaskSurge(at, LowerLab, ProbeType, 1, 0, BatchTasks), new TaskSurge(at, HigherLab, ProbeType, 1, 0, BatchTasks) }),
            ],
        };
    }

    private static double Elasticity(ScenarioRun run) =>
        FactStatistics.ElasticityFromWaits(WaitMinutes(run, LowerLab), WaitMinutes(run, HigherLab), PayRatio);

    private static double WaitMinutes(ScenarioRun run, string lab)
    {
        var q = Probe(run, lab);
        return q.Taken == 0 ? 0 : q.WaitSumMs / (double)q.Taken / SimTime.MsPerMinute;
    }

    private static double TakenShare(ScenarioRun run)
    {
        var (low, high) = (Probe(run, LowerLab), Probe(run, HigherLab));
        return FactStatistics.Share(low.Taken + high.Taken, low.Arrivals + high.Arrivals);
    }

    private static QueueCounters Probe(ScenarioRun run, string lab)
    {
        var spec = run.Spec;
        var platform = spec.PlatformIndex(spec.Labs[spec.LabIndex(lab)].Demand[0].Platform!);
        var key = new QueueKey(spec.LabIndex(lab), -1, spec.TaskTypeIndex(ProbeType));
        var keys = QueueLayout.For(spec, platform);
        for (var q = 0; q < keys.Count; q++)
        {
            if (keys[q] == key)
                return run.Totals.Queues[platform][q];
        }
        throw new KeyNotFoundException($"no queue for the probe '{lab}'");
    }

    /// <summary>The first demand line split among requesters, and its lab: the marketplace's ordinary requesters.</summary>
    private static (LabSpec Lab, DemandSpec Line) RequestersLine(ScenarioSpec spec) =>
        spec.Labs.SelectMany(l => l.Demand.Select(d => (Lab: l, Line: d))).First(x => x.Line.Requesters is not null);

    /// <summary>The lower probe's reward: the requesters' median hourly pay for a task of the line's mean minutes.</summary>
    private static double LowerReward(ScenarioSpec spec)
    {
        var (_, line) = RequestersLine(spec);
        return line.Requesters!.PayMedianUsdPerHour * spec.TaskTypes[spec.TaskTypeIndex(line.TaskType)].MeanMinutes / 60;
    }
}
