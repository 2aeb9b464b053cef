using CrowdSim.Model.Scenario;
using static CrowdSim.DocGen.DocNumbers;

namespace CrowdSim.DocGen;

/// <summary>Figures about managed crowds, vendors and RLHF work, and the reporting in Dzieza 2023.</summary>
internal static partial class FigureAssessments
{
    private const string Remotasks = "remotasks-kenya";
    private const string Sama = "sama-bpo";
    private const string Rlhf = "rlhf-surge";

    /// <summary>Days of remotasks-kenya's first pay period (before the first cut) and its last (after the fifth cut, before the exit).</summary>
    private const int FirstCutDay = 184;
    private const int LastCutDay = 915;
    private const int ExitDay = 1097;

    private static IEnumerable<FigureAssessment> ManagedWork()
    {
        yield return new("price_grid_classification", FigureRole.Input, ["baseline"],
            r => $"{PricesOf(r["baseline"], "text-class")} USD per task",
            "Inside the public price range. The grid is what AWS charges for its public workforce; how a price splits between vendor, platform and worker is not in it, and the baseline's split is an assumption.");
        yield return new("price_grid_bbox", FigureRole.Input, ["baseline", Remotasks, "automation-wave"],
            r => $"{PricesOf(r["baseline"], "bbox")} (baseline), {PricesOf(r[Remotasks], "bbox")} (remotasks-kenya), {PricesOf(r["automation-wave"], "bbox")} (automation-wave) USD per task",
            "Inside the range. As for classification, the split of the price between vendor and worker is an assumption, and the vendor margin and labour share follow from it directly.");
        yield return new("price_grid_segmentation", FigureRole.NotUsed, [Remotasks],
            r => $"{PricesOf(r[Remotasks], "segmentation")} USD per task (assumption)",
            "remotasks-kenya prices segmentation above the top of the public grid without citing it, so the vendor's margin on segmentation is larger than a grid price would give.");
        yield return new("label_redundancy", FigureRole.NotModelled, [],
            _ => "each task is done once",
            "If labs buy several judgements per object, the model's tasks stand for judgements, not objects, and spend per labelled object is understated by that factor; agreement between workers, and rejection based on it, are not modelled.");
        yield return new("sama_take_home", FigureRole.Input, [Sama],
            r => $"wage {F2(r[Sama].Spec.WorkerPools[0].Employment!.WageUsdPerHour)} USD/h; effective wage median {F2(r[Sama].Summary.WorkerOutcomes.EffectiveHourlyWageMedian)} USD/h",
            "Equal to the input by construction: salaried staff are paid for every shift hour, busy or idle. What the model adds is the waiting: work posted in the lab's day arrives in Nairobi's night and waits for the next shift.");
        yield return new("sama_billed", FigureRole.Input, [Sama],
            r => $"billed {F2(r[Sama].Spec.WorkerPools[0].Employment!.BillUsdPerHour)} USD/h; workers get {Pct(r[Sama].Summary.Money.LabourShare)} of lab spend; {Pct(r[Sama].Summary.Tasks.Expired / (double)r[Sama].Summary.Tasks.Posted)} of tasks expire",
            "The workers' share of lab spend is the ratio of the two inputs (wage ÷ bill) by construction. Expired tasks cost the lab nothing here: it is billed per worker-hour, done or not.");
        yield return new("remotasks_us", FigureRole.Input, [Remotasks, "baseline"],
            r => $"piece rate {F2(r[Remotasks].PieceRateHourly("scale", "bbox", "us"))} USD/h at listed minutes; US paid-time median {F2(r[Remotasks].Region("us").PaidHourlyWageMedian)}, effective {F2(r[Remotasks].Region("us").EffectiveHourlyWageMedian)} USD/h",
            "The rate is the input; the paid-time median differs from it because workers' speeds differ, and the effective wage is lower still because searching, training courses and rejected work are unpaid.");
        yield return new("remotasks_ke_entry", FigureRole.Input, [Remotasks],
            r => $"piece rate {F2(r[Remotasks].PieceRateHourly("scale", "bbox", "kenya"))} USD/h; Kenyan pooled paid-time {F2(r[Remotasks].PooledWages("kenya", 1, FirstCutDay).PaidTime)}, effective {F2(r[Remotasks].PooledWages("kenya", 1, FirstCutDay).Effective)} USD/h (days 1-{FirstCutDay - 1})",
            "The entry rate is the input, inside the range. Over the first half-year the pooled paid-time wage is close to it and the effective wage lower: boot camps, unpaid courses and searching take a share of the hours.");
        yield return new("remotasks_ke_2023", FigureRole.Input, [Remotasks, "baseline"],
            r => $"piece rate {F2(r[Remotasks].PieceRateHourly("scale", "bbox", "kenya") * CutFactor(r[Remotasks], "kenya"))} USD/h after {Cuts(r[Remotasks], "kenya")} cuts; Kenyan pooled paid-time {F2(r[Remotasks].PooledWages("kenya", LastCutDay, ExitDay).PaidTime)}, effective {F2(r[Remotasks].PooledWages("kenya", LastCutDay, ExitDay).Effective)} USD/h (days {LastCutDay}-{ExitDay - 1}); baseline Kenya paid-time median {F2(r["baseline"].Region("kenya").PaidHourlyWageMedian)}",
            "The end point of the cuts is the input, inside the range; the steps between are an assumption. As at entry, the effective wage is below the paid-time wage by the unpaid share of hours.");
        yield return new("bootcamp", FigureRole.Input, [Remotasks],
            r => $"{Int(r[Remotasks].Region("kenya").RecruitsJoined)} recruits joined, {Int(r[Remotasks].Region("kenya").RecruitsDroppedOut)} dropped out ({Pct0(DropOutShare(r[Remotasks]))})",
            "Input: intakes of 50 every two weeks, with a drop-out share just above half (the source says 'more than half'); the realised share differs by chance.");
        yield return new("market_exit", FigureRole.Input, [Remotasks],
            _ => $"the vendor leaves Kenya on day {ExitDay} (8 March 2024)",
            "Input. The model has no other platform for Kenyan workers to move to, so their platform income stops at the exit.");
        yield return new("rlhf_direct", FigureRole.Input, [Rlhf, "baseline"],
            r => $"lab pays {F2(r[Rlhf].Spec.Labs[0].Demand[0].PriceUsd)} USD per {F1(r[Rlhf].Spec.TaskTypes[0].MeanMinutes)}-minute rating = {F2(r[Rlhf].Spec.Labs[0].Demand[0].PriceUsd * 60 / r[Rlhf].Spec.TaskTypes[0].MeanMinutes)} USD/h",
            "Used as the lab's price per rating, not as anyone's pay: in the model's supply chain the lab pays a vendor, so raters paid directly are not represented.");
        yield return new("rlhf_subcontracted", FigureRole.Input, [Rlhf, "baseline"],
            r => $"piece rate {F2(r[Rlhf].PieceRateHourly("surge-vendor", "rlhf-rating", "us"))} USD/h; US paid-time median {F2(r[Rlhf].Region("us").PaidHourlyWageMedian)}, effective {F2(r[Rlhf].Region("us").EffectiveHourlyWageMedian)} USD/h",
            "The piece rate is the input. The effective wage is far below the paid-time wage because ratings need an unpaid qualification course first, not everyone passes it, and raters search for work that comes in surges.");
        yield return new("rlhf_task_minutes", FigureRole.Input, [Rlhf, "baseline"],
            r => $"mean {F1(r[Rlhf].Spec.TaskTypes[0].MeanMinutes)} min (lognormal, log-spread {F1(r[Rlhf].Spec.TaskTypes[0].MinutesSigma)})",
            "Input, mid-range; the spread of rating times is an assumption.");
        yield return new("fairwork_2023", FigureRole.NotModelled, [],
            _ => "platforms are not scored",
            "Fairwork scores platforms against principles of fair pay, conditions, contracts, management and representation. The model measures pay and time (parts of the first two) but does not score platforms.");
        yield return new("seed_night_checks", FigureRole.Input, ["baseline"],
            r => $"every {F1(r["baseline"].Spec.WorkerPools[0].NightCheckEveryHours)} h; Kenyan night checkers woke {F1(r["baseline"].NightChecksPerNightCheckerDay("ke-crowd"))} times a night (baseline)",
            "The interval is the input. Wake-ups per night follow from it and the sleep window: about two checks fit in an eight-hour night at that spacing, and fewer are counted when a night checker finds work and works on.");
        yield return new("seed_longest_stretch", FigureRole.Emergent, LiteratureRuns.Scenarios,
            r => $"longest session of anyone: {F1(LongestStretch(r).Hours)} h ({LongestStretch(r).Scenario})",
            "Sessions are exponential with a mean of a few hours and, for all but night checkers, end at bedtime, so only the rare long session of a night checker who finds work comes near 36 hours. The pressure behind such stretches (fear of losing scarce well-paid work, deadlines) is not modelled.",
            new FigureCheck("Longest stretch (hours)", r => LongestStretch(r).Hours, RangeSide.Below));
        yield return new("seed_instructions", FigureRole.NotModelled, [],
            _ => "instructions are not read separately",
            "Reading instructions is not a separate activity; where a scenario has a training course, its unpaid hours stand for it.");
    }

    private static string PricesOf(ScenarioRun run, string taskType) =>
        string.Join(", ", run.Spec.Labs.SelectMany(l => l.Demand).Where(d => d.TaskType == taskType).Select(d => F2(d.PriceUsd)).Distinct());

    private static IEnumerable<WageChange> CutsOf(ScenarioRun run, string region) =>
        run.Spec.Events.OfType<WageChange>().Where(w => w.Region == region && w.Factor is not null);

    /// <summary>The product of the wage changes' factors for a region.</summary>
    private static double CutFactor(ScenarioRun run, string region) => CutsOf(run, region).Aggregate(1.0, (product, w) => product * w.Factor!.Value);

    private static int Cuts(ScenarioRun run, string region) => CutsOf(run, region).Count();

    private static double DropOutShare(ScenarioRun run)
    {
        var w = run.Summary.WorkerOutcomes;
        return w.RecruitsJoined + w.RecruitsDroppedOut == 0 ? 0 : w.RecruitsDroppedOut / (double)(w.RecruitsJoined + w.RecruitsDroppedOut);
    }

    private static (double Hours, string Scenario) LongestStretch(LiteratureRuns runs) =>
        LiteratureRuns.Scenarios
            .Select(s => (Hours: runs[s].Summary.WorkerOutcomes.LongestStretchHoursMax, Scenario: s))
            .OrderByDescending(x => x.Hours)
            .ThenBy(x => x.Scenario, StringComparer.Ordinal)
            .First();
}
