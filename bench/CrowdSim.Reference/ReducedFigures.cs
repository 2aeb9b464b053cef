namespace CrowdSim.Reference;

/// <summary>
/// What a run of the reduced market shows, measured the same way for CrowdSim and for the reference
/// loop: tasks completed, checks (per worker-day), the medians over workers of earnings per paid
/// hour and per hour of all time given (paid + unpaid search), and the mean wait to first pickup.
/// </summary>
public sealed record ReducedFigures(
    int Workers,
    int Days,
    int Ticks,
    long TasksCompleted,
    long Checks,
    double ChecksPerWorkerDay,
    double MedianPaidHourlyUsd,
    double MedianAllTimeHourlyUsd,
    double MeanWaitMinutes)
{
    /// <summary>The figures from each worker's earnings (micro-dollars), paid and unpaid time (ms) and checks, and the waits of the tasks taken.</summary>
    public static ReducedFigures Of(int days, int ticks, long tasksCompleted, IReadOnlyList<(long EarningsMicros, long PaidMs, long UnpaidMs, long Checks)> workers, long taken, long waitSumMs)
    {
        var checks = workers.Sum(w => w.Checks);
        var paidHourly = workers.Where(w => w.PaidMs > 0).Select(w => Usd(w.EarningsMicros) / Hours(w.PaidMs));
        var allHourly = workers.Where(w => w.PaidMs + w.UnpaidMs > 0).Select(w => Usd(w.EarningsMicros) / Hours(w.PaidMs + w.UnpaidMs));
        return new ReducedFigures(
            workers.Count,
            days,
            ticks,
            tasksCompleted,
            checks,
            workers.Count == 0 ? 0 : checks / ((double)workers.Count * days),
            Median(paidHourly),
            Median(allHourly),
            taken == 0 ? 0 : waitSumMs / (double)taken / 60_000);
    }

    private static double Usd(long micros) => micros / 1_000_000.0;

    private static double Hours(long ms) => ms / 3_600_000.0;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return 0;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
