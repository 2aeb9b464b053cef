namespace CrowdSim.DocGen;

/// <summary>An outcome the sensitivity analysis follows: its summary.json path (as <c>OutcomeMetrics</c> names it) and a label.</summary>
internal sealed record HeadlineOutput(string Path, string Label, string Short)
{
    /// <summary>The headline outcomes of the report (CrowdSim.Reporting.HeadlineMetrics), less those the baseline leaves at zero, plus inequality.</summary>
    public static IReadOnlyList<HeadlineOutput> All { get; } =
    [
        new("workerOutcomes.effectiveHourlyWageMedian", "median effective wage (USD/h)", "eff. wage"),
        new("byRegion.kenya.effectiveHourlyWageMedian", "Kenya median effective wage (USD/h)", "Kenya eff."),
        new("workerOutcomes.paidHourlyWageMedian", "median paid-time wage (USD/h)", "paid wage"),
        new("workerOutcomes.unpaidShare", "unpaid share of hours", "unpaid"),
        new("workerOutcomes.nightWakeupsPerWorkerDay", "night wake-ups per worker-day", "wake-ups"),
        new("money.labourShare", "labour share of lab spend", "labour sh."),
        new("queue.meanWaitMinutes", "mean wait to first pickup (min)", "wait"),
        new("workerOutcomes.gini", "Gini of earnings", "Gini"),
    ];
}
