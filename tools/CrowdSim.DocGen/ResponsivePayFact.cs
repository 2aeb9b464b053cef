using CrowdSim.Experiments.Statistics;
using CrowdSim.Model.Scenario;
using static CrowdSim.DocGen.DocNumbers;

namespace CrowdSim.DocGen;

/// <summary>
/// Stylised fact 4: the hourly rate falls when the pool outgrows demand, with no scripted cut
/// (remotasks-kenya-responsive against the same scenario with its vendors' rates fixed).
/// </summary>
internal static class ResponsivePayFact
{
    public const string Scenario = "remotasks-kenya-responsive";
    public const string Kenya = "kenya";
    public const string EntryFigure = "remotasks_ke_entry";
    public const string LaterFigure = "remotasks_ke_2023";

    /// <summary>Days in each half-year compared: the first after the start, the last before the vendor leaves Kenya.</summary>
    public const int HalfYearDays = 182;

    private const int MinutesPerDay = 24 * 60;

    public static StylisedFact Build(ScenarioSpec responsive, IReadOnlyList<CalibrationFigure> figures, int replications)
    {
        var on = new FactArm("responsive pricing", FactScenarios.Replicate(responsive, replications));
        var off = new FactArm("fixed rates", FactScenarios.Replicate(FactScenarios.WithoutResponsivePricing(responsive), replications));
        var entry = Figure(figures, EntryFigure);
        var later = Figure(figures, LaterFigure);
        var (entryRange, laterRange) = (PublishedRange.Parse(entry.Value), PublishedRange.Parse(later.Value));
        var ratio = new PublishedRange(laterRange.Low / entryRange.High, laterRange.High / entryRange.Low);
        var exitDay = ExitDay(responsive);
        var (first, last) = ((1, 1 + HalfYearDays), (exitDay - HalfYearDays, exitDay));
        var pricing = responsive.Vendors.Where(v => v.Pricing is not null).Select(v => (v.Id, Days: v.Pricing!.ReviewEveryMinutes / (double)MinutesPerDay, v.Pricing.TargetSearchShare)).ToArray();
        var recruitment = responsive.WorkerPools.Where(p => p.Region == Kenya).Select(p => p.Recruitment).FirstOrDefault(r => r is not null);
        var scripted = responsive.Events.OfType<WageChange>().Count();
        var text =
            $"**Mechanism**: supply-responsive vendor pricing ({string.Join(", ", pricing.Select(p => $"`{p.Id}` reviews its rates every {Plain(p.Days)} days"))}; " +
            "docs/MODEL.md, \"Supply-responsive vendor pricing\"): a vendor cuts a rate while the region's workers spend more than " +
            $"{string.Join(", ", pricing.Select(p => Pct0(p.TargetSearchShare)).Distinct())} of their working time searching, and raises it when they search less or work waits. {Scenario} has {(scripted == 0 ? "no scripted pay cut" : $"{scripted} scripted wage changes")}" +
            (recruitment is null ? "" : $", while boot camps add {Int(recruitment.Recruits)} Kenyan recruits every {Plain(recruitment.EveryDays)} days") + ". " +
            "**Fact**: the Kenyan hourly rate falls as the pool outgrows demand, with no cut written into the scenario. " +
            $"**Published (outcomes here)**: Remotasks paid Kenyan workers {entry.ValueWithUnit} at entry [`{EntryFigure}`] and {later.ValueWithUnit} by early 2023 " +
            $"[`{LaterFigure}`] (Dzieza 2023); remotasks-kenya sets its scripted cuts from these two figures (there they are inputs), " +
            "this scenario only compares with them. " +
            $"**Measure**: Kenyan workers' pooled paid-time wage (earnings ÷ paid hours) over the first {HalfYearDays} days (days {first.Item1}-{first.Item2 - 1}) and over " +
            $"the {HalfYearDays} days before the vendor leaves Kenya (days {last.Item1}-{last.Item2 - 1}), from the runs' daily counters; {replications} replications " +
            $"of the full {Int(responsive.Days)} days (few, because each run simulates three years). " +
            "**Contrast**: the same scenario with the rule off, so the rates stay at their entry level (remotasks-kenya without its cuts).";
        FactMeasure Row(string label, Func<ScenarioRun, double> of, FactTarget? target = null) =>
            new(label, on, off, of, OutcomeRange.NonNegative, F2, target);
        return new StylisedFact("Pay that falls when the pool outgrows demand", text,
            [
                Row($"Kenyan paid-time wage, days {first.Item1}-{first.Item2 - 1} (USD/h)", r => PaidTime(r, first)),
                Row($"Kenyan paid-time wage, days {last.Item1}-{last.Item2 - 1} (USD/h)", r => PaidTime(r, last),
                    FactTarget.Published($"{later.ValueWithUnit} [`{LaterFigure}`]", laterRange)),
                Row("last half-year ÷ first", r => FactStatistics.Share(PaidTime(r, last), PaidTime(r, first)),
                    FactTarget.Published($"{F2(ratio.Low)}-{F2(ratio.High)} ({later.Value} ÷ {entry.Value})", ratio) with { Beyond = (1, "a fall") }),
                new($"Kenyan search share of working time, days {last.Item1}-{last.Item2 - 1}", on, off, r => SearchShare(r, last), OutcomeRange.Share, Pct),
            ],
            comparisons => pricing.Length > 0 && comparisons[3].With.CiUpper < pricing.Min(p => p.TargetSearchShare)
                ? $"By the rule's own signal the pool does not outgrow demand: Kenyan workers spend less than the target {Pct0(pricing.Min(p => p.TargetSearchShare))} of their working time searching, so the rule raises the rate rather than cutting it."
                : null);
    }

    /// <summary>The first day on which the vendor no longer offers Kenyans work (the day of its exit), or the day after the horizon.</summary>
    public static int ExitDay(ScenarioSpec spec) =>
        spec.Events.OfType<MarketExit>().Where(e => e.Region == Kenya).Select(e => (int)(e.AtMinute / MinutesPerDay) + 1).DefaultIfEmpty(spec.Days + 1).Min();

    private static double PaidTime(ScenarioRun run, (int From, int To) days) => run.PooledWages(Kenya, days.From, days.To).PaidTime;

    /// <summary>The rule's supply signal over a span: Kenyan search time ÷ (search + paid time).</summary>
    private static double SearchShare(ScenarioRun run, (int From, int To) days)
    {
        var c = run.Ticks.Span(run.Spec.RegionIndex(Kenya), days.From, days.To);
        return FactStatistics.Share(c.SearchMs, c.SearchMs + c.PaidMs);
    }

    private static CalibrationFigure Figure(IReadOnlyList<CalibrationFigure> figures, string id) =>
        figures.FirstOrDefault(f => f.Id == id) ?? throw new KeyNotFoundException($"figures.csv has no '{id}'");
}
