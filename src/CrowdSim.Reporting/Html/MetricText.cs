using System.Globalization;
using static CrowdSim.Results.Summary.Figures;

namespace CrowdSim.Reporting.Html;

/// <summary>Names and units of summary metrics in words: "Effective hourly wage, median", "$1.31", "29.4%", "+1.2 pp".</summary>
internal static class MetricText
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["effectiveHourlyWageMedian"] = "Effective hourly wage, median",
        ["paidHourlyWageMedian"] = "Hourly wage of paid time, median",
        ["unpaidShare"] = "Unpaid share of hours",
        ["nightHoursShare"] = "Night share of hours",
        ["nightWakeupsPerWorkerDay"] = "Night wake-ups per worker-day",
        ["searchHours"] = "Hours searching for work",
        ["meanWaitMinutes"] = "Mean wait for a worker",
        ["p95WaitMinutes"] = "95th percentile wait",
        ["labourShare"] = "Labour share of lab spending",
        ["workerPay"] = "Paid to workers",
        ["expired"] = "Tasks expired untaken",
    };

    /// <summary>A metric's name in words; <c>byRegion.kenya.x</c> becomes "x in kenya".</summary>
    public static string Label(string metric)
    {
        var parts = metric.Split('.');
        var leaf = Labels.TryGetValue(parts[^1], out var label) ? label : parts[^1];
        return parts.Length == 3 && parts[0] is "byRegion" or "byPlatform" or "byQueue" ? $"{leaf}: {parts[1]}" : leaf;
    }

    public static string Value(string metric, double value)
    {
        if (!double.IsFinite(value))
            return "–";
        var leaf = metric[(metric.LastIndexOf('.') + 1)..];
        return Kind(metric, leaf) switch
        {
            Unit.Wage => "$" + F(value, 2),
            Unit.Share => Pct(value, 1),
            Unit.Money => "$" + N(value, 2),
            Unit.Minutes => F(value, 1) + " min",
            Unit.Hours => N(value, 1) + " h",
            Unit.Count => N(value, Math.Abs(value - Math.Round(value)) < 1e-9 ? 0 : 1),
            _ => value.ToString("0.###", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A difference, signed: shares in percentage points.</summary>
    public static string Difference(string metric, double difference)
    {
        var sign = difference > 0 ? "+" : difference < 0 ? "−" : "±";
        var leaf = metric[(metric.LastIndexOf('.') + 1)..];
        return Kind(metric, leaf) == Unit.Share
            ? sign + F(Math.Abs(difference) * 100, 1) + " pp"
            : sign + Value(metric, Math.Abs(difference));
    }

    private enum Unit
    {
        Plain,
        Wage,
        Share,
        Money,
        Minutes,
        Hours,
        Count,
    }

    private static Unit Kind(string metric, string leaf) =>
        leaf.Contains("Wage", StringComparison.Ordinal) ? Unit.Wage
        : leaf.EndsWith("Share", StringComparison.Ordinal) ? Unit.Share
        : metric.StartsWith("money.", StringComparison.Ordinal) ? Unit.Money
        : leaf.EndsWith("Minutes", StringComparison.Ordinal) ? Unit.Minutes
        : leaf.EndsWith("Hours", StringComparison.Ordinal) ? Unit.Hours
        : metric.StartsWith("tasks.", StringComparison.Ordinal) || leaf is "workers" or "departures" or "deactivated" ? Unit.Count
        : Unit.Plain;
}
