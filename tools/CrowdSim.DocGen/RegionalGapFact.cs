using CrowdSim.Experiments.Statistics;
using CrowdSim.Model.Scenario;
using static CrowdSim.DocGen.DocNumbers;

namespace CrowdSim.DocGen;

/// <summary>
/// Stylised fact 3: a pay gap between regions on the open marketplace that comes from who may take
/// which tasks (requesters' region restrictions, approval gates) and reservation wages, not from
/// scripted rates (mturk-2015 against the same with no region restrictions).
/// </summary>
internal static class RegionalGapFact
{
    public const string Us = "us";
    public const string India = "india";

    /// <summary>Hara et al. (2019): US workers earn 3.01 USD/h and Indian workers 1.41 USD/h on average.</summary>
    public const double PublishedUsUsdPerHour = 3.01;

    public const double PublishedIndiaUsdPerHour = 1.41;

    public static StylisedFact Build(ScenarioSpec mturk, IReadOnlyList<ScenarioSpec> mturkReplications, int replications)
    {
        var on = new FactArm("mturk-2015", mturkReplications);
        var off = new FactArm("no region restrictions", FactScenarios.Replicate(FactScenarios.WithoutRegionRestrictions(mturk), replications));
        var restriction = mturk.Labs.SelectMany(l => l.Demand).Select(d => d.Requesters?.RestrictToRegions).FirstOrDefault(r => r is not null);
        var restrictionText = restriction is null
            ? "no requester restricts its tasks by region"
            : $"{Pct0(restriction.Share)} of requesters let only workers of {string.Join(" and ", restriction.Regions.Select(r => $"`{r}`"))} see their tasks";
        var published = PublishedUsUsdPerHour / PublishedIndiaUsdPerHour;
        var text =
            $"**Mechanisms**: requesters' region restrictions (`restrictToRegions`: {restrictionText}) and approval gates, on top of workers' reservation wages. " +
            $"{Rates(mturk)} {Reservations(mturk)} " +
            "**Fact**: on the open marketplace US workers earn more per hour than Indian workers. " +
            "**Published (an outcome, compared with)**: Hara et al. (2019, *CHI Extended Abstracts*, \"Worker demographics and earnings on Amazon Mechanical Turk: " +
            $"an exploratory analysis\"): US workers earn {F2(PublishedUsUsdPerHour)} USD/h and Indian workers {F2(PublishedIndiaUsdPerHour)} USD/h on average, a ratio of {F2(published)} " +
            "(of means; the model's is of medians, each worker's hourly over all their time). " +
            "**Contrast**: the same scenario with no requester restricting by region (the share set to 0).";
        FactMeasure Row(string label, Func<ScenarioRun, double> of, FactTarget? target = null) =>
            new(label, on, off, of, OutcomeRange.NonNegative, F2, target);
        return new StylisedFact("A regional pay gap from access, not from scripted rates", text,
            [
                Row("US ÷ India median hourly", GapOf,
                    FactTarget.Published($"{F2(published)}: {F2(PublishedUsUsdPerHour)} ÷ {F2(PublishedIndiaUsdPerHour)} USD/h (Hara et al. 2019)", new PublishedRange(published, published)) with { Beyond = (1, "a gap") }),
                Row("US median hourly (USD/h)", r => r.Region(Us).EffectiveHourlyWageMedian),
                Row("India median hourly (USD/h)", r => r.Region(India).EffectiveHourlyWageMedian),
            ],
            comparisons => comparisons[0].Verdict == FactVerdict.Emerges || !SameReservationWages(mturk)
                ? null
                : "Both regions draw reservation wages from one distribution and no rate depends on the region, so access alone would have to open the gap; here it does not open the published one.");
    }

    private static double GapOf(ScenarioRun run) =>
        FactStatistics.Share(run.Region(Us).EffectiveHourlyWageMedian, run.Region(India).EffectiveHourlyWageMedian);

    /// <summary>Whether any pay in the scenario depends on the worker's region: only vendors' piece rates do.</summary>
    private static string Rates(ScenarioSpec spec) => spec.Vendors.Count == 0
        ? $"{spec.Name} has no vendor, so no rate depends on the worker's region: a requester pays its reward to whoever takes the task."
        : $"{spec.Name}'s vendors set piece rates by region.";

    private static string Reservations(ScenarioSpec spec)
    {
        var us = Pools(spec, Us);
        var india = Pools(spec, India);
        return SameReservationWages(spec)
            ? $"US and Indian workers draw their reservation wages from the same distribution (median {F2(us[0].ReservationWageMedianUsd)} USD/h, σ {F2(us[0].ReservationWageSigma)}), so the scenario writes in no difference between them."
            : $"US workers' reservation wages have a median of {F2(us[0].ReservationWageMedianUsd)} USD/h, Indian workers' {F2(india[0].ReservationWageMedianUsd)} USD/h.";
    }

    private static bool SameReservationWages(ScenarioSpec spec) =>
        Pools(spec, Us).Concat(Pools(spec, India))
            .Select(p => (p.ReservationWageMedianUsd, p.ReservationWageSigma))
            .Distinct()
            .Count() == 1;

    private static WorkerPoolSpec[] Pools(ScenarioSpec spec, string region) => [.. spec.WorkerPools.Where(p => p.Region == region)];
}
