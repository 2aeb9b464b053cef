using System.Globalization;
using CrowdSim.Runs;
using Spectre.Console;

namespace CrowdSim.Cli.Terminal;

/// <summary>Prints a run's headline results in plain language.</summary>
public static class SummaryPrinter
{
    public static void Print(IAnsiConsole console, RunResult result)
    {
        var s = result.Summary;
        var m = result.Manifest;
        console.WriteLine();
        console.MarkupLineInterpolated(
            $"[bold]{s.Scenario}[/] (seed {s.Seed}): {s.Days} days, {s.Workers:N0} workers, {s.Ticks:N0} ticks of {s.TickMinutes} min in {m.WallSeconds:F1} s ({m.WorkerTicksPerSecond / 1e6:F2} M worker-ticks/s)");
        console.WriteLine();

        var table = new Table().Border(TableBorder.Simple)
            .Title("What work paid, by region (medians over workers)")
            .Caption("$/h all time: earnings ÷ (paid + unpaid hours). unpaid, night: shares of all hours.");
        table.AddColumns("region", "workers", "$/h all time", "$/h paid time", "unpaid", "< min wage", "night", "checks/day");
        foreach (var (region, r) in s.ByRegion)
        {
            table.AddRow(
                region,
                $"{r.Workers:N0}",
                $"{r.EffectiveHourlyWageMedian:F2}",
                $"{r.PaidHourlyWageMedian:F2}",
                $"{Pct(r.UnpaidShare)}",
                $"{Pct(r.ShareBelowLocalMinimumWage)}",
                $"{Pct(r.NightHoursShare)}",
                $"{r.ChecksPerWorkerDay:F1}");
        }
        var w = s.WorkerOutcomes;
        table.AddRow("[bold]all[/]", $"{s.Workers:N0}", $"{w.EffectiveHourlyWageMedian:F2}", $"{w.PaidHourlyWageMedian:F2}",
            $"{Pct(w.UnpaidShare)}", $"{Pct(w.ShareBelowLocalMinimumWage)}", $"{Pct(w.NightHoursShare)}", $"{w.ChecksPerWorkerDay:F1}");
        console.Write(table);

        var t = s.Tasks;
        console.WriteLine($"Tasks: {t.Created:N0} created; {t.Automated:N0} automated by labs; {t.Completed:N0} completed ({Share(t.Approved, t.Completed, decimals: 1)} approved); {t.Expired:N0} expired untaken; {t.OpenAtEnd:N0} open at the end.");
        var q = s.Queue;
        console.WriteLine($"Queues: tasks waited {q.MeanWaitMinutes:F1} min on average for a worker (95% within {q.P95WaitMinutes:F1} min); {q.MeanBacklog:N1} tasks waiting on average; {q.ThroughputPerHour:N1} completed per hour.");
        var money = s.Money;
        console.WriteLine($"Money: labs spent ${money.LabSpend:N2}; workers received ${money.WorkerPay:N2} ({Share(money.WorkerPay, money.LabSpend)}), vendors kept ${money.VendorMargin:N2}, platforms ${money.PlatformFees:N2}; ${money.OwedAtEnd:N2} still in escrow. Inequality of earnings (Gini): {w.Gini:F2}.");
        console.WriteLine();
        console.WriteLine($"Results: {Path.GetRelativePath(Environment.CurrentDirectory, result.OutputPath)}  ({s.ResultHash[..19]}…)");
    }

    private static string Share(decimal part, decimal whole) => whole == 0 ? "–" : Pct((double)(part / whole));

    private static string Share(long part, long whole, int decimals) => whole == 0 ? "–" : Pct(part / (double)whole, decimals);

    private static string Pct(double share, int decimals = 0) => (share * 100).ToString("F" + decimals, CultureInfo.InvariantCulture) + "%";
}
