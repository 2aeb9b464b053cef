using CrowdSim.Results;
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

    public static string Value(string metric, double value) => Value(metric, value, small: false);

    /// <summary>
    /// A difference, signed: shares in percentage points. A difference too small for the unit's
    /// usual decimals is written in two significant digits ("−0.031 pp", not "−0.0 pp"), so a sign
    /// never stands before a zero; "±" only for a difference of exactly zero.
    /// </summary>
    public static string Difference(string metric, double difference)
    {
        if (!double.IsFinite(difference))
            return "–";
        var sign = difference > 0 ? "+" : difference < 0 ? "−" : "±";
        var magnitude = Math.Abs(difference);
        var text = Magnitude(metric, magnitude, small: false);
        if (magnitude > 0 && !text.AsSpan().ContainsAnyInRange('1', '9'))
            text = Magnitude(metric, magnitude, small: true);
        return sign + text;
    }

    private static string Magnitude(string metric, double magnitude, bool small)
    {
        var leaf = metric[(metric.LastIndexOf('.') + 1)..];
        return Kind(metric, leaf) == Unit.Share
            ? (small ? Invariant.Format(magnitude * 100, "G2") : F(magnitude * 100, 1)) + " pp"
            : Value(metric, magnitude, small);
    }

    // The value in its unit; with small, the number in two significant digits instead of the unit's decimals.
    private static string Value(string metric, double value, bool small)
    {
        if (!double.IsFinite(value))
            return "–";
        var leaf = metric[(metric.LastIndexOf('.') + 1)..];
        string Number(Func<double, string> usual) => small ? Invariant.Format(value, "G2") : usual(value);
        return Kind(metric, leaf) switch
        {
            Unit.Wage => "$" + Number(v => F(v, 2)),
            Unit.Share => small ? Invariant.Format(value * 100, "G2") + "%" : Pct(value, 1),
            Unit.Money => "$" + Number(v => N(v, 2)),
            Unit.Minutes => Number(v => F(v, 1)) + " min",
            Unit.Hours => Number(v => N(v, 1)) + " h",
            Unit.Count => Number(v => N(v, Math.Abs(v - Math.Round(v)) < 1e-9 ? 0 : 1)),
            _ => Number(v => Invariant.Format(v, "0.###")),
        };
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
