using System.Text.RegularExpressions;

namespace CrowdSim.Reporting;

/// <summary>The outcomes an experiment report tables and plots by default, as summary.json paths.</summary>
public static partial class HeadlineMetrics
{
    /// <summary>In the order they are shown; <c>*</c> stands for every region.</summary>
    public static readonly IReadOnlyList<string> Default =
    [
        "workerOutcomes.effectiveHourlyWageMedian",
        "workerOutcomes.paidHourlyWageMedian",
        "workerOutcomes.unpaidShare",
        "workerOutcomes.nightHoursShare",
        "workerOutcomes.nightWakeupsPerWorkerDay",
        "workerOutcomes.searchHours",
        "queue.meanWaitMinutes",
        "queue.p95WaitMinutes",
        "money.labourShare",
        "money.workerPay",
        "tasks.expired",
        "byRegion.*.effectiveHourlyWageMedian",
    ];

    /// <summary>The headline metrics among <paramref name="available"/>, wildcards expanded (regions in the order given).</summary>
    public static IReadOnlyList<string> Select(IEnumerable<string> available)
    {
        var names = available.Distinct(StringComparer.Ordinal).ToArray();
        return Default.SelectMany(pattern => pattern.Contains('*', StringComparison.Ordinal)
                ? names.Where(n => Pattern(pattern).IsMatch(n))
                : names.Where(n => n == pattern))
            .ToArray();
    }

    private static Regex Pattern(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\*", "[^.]+", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
}
