using System.Globalization;
using CrowdSim.Reporting.Reading;
using CrowdSim.Results.Run;
using ScottPlot;

namespace CrowdSim.Reporting.Charts;

/// <summary>Charts of workers.csv: what work paid each worker, and where their hours went, by region.</summary>
internal static class WorkerCharts
{
    private static readonly (string Kind, Func<WorkerRow, double> Hours, Color Color)[] HourKinds =
    [
        ("paid", w => w.PaidHours, Color.FromHex("#59a14f")),
        ("searching (unpaid)", w => w.SearchHours, Color.FromHex("#e15759")),
        ("rejected work (unpaid)", w => w.RejectedHours, Color.FromHex("#f28e2b")),
        ("abandoned work (unpaid)", w => w.AbandonedHours, Color.FromHex("#edc948")),
        ("training (unpaid)", w => w.TrainingHours, Color.FromHex("#b07aa1")),
    ];

    private static readonly Color MinimumWageColor = Color.FromHex("#d62728");

    public static Chart Wages(RunFolder run, string name)
    {
        var plot = ChartStyle.NewPlot("Effective hourly wage of each worker, by region", "", "USD per hour of all time given");
        var regions = Regions(run);
        var ticks = new List<Tick>();
        var top = 0.0;
        var minimumShown = false;
        for (var i = 0; i < regions.Length; i++)
        {
            var wages = run.Workers.Where(w => w.Region == regions[i] && w.EffectiveHourlyWage is not null)
                .Select(w => w.EffectiveHourlyWage!.Value).Order().ToArray();
            var median = Quantile.Of(wages, 0.5);
            ticks.Add(new Tick(i, wages.Length == 0
                ? $"{regions[i]}\nno workers with time"
                : string.Create(CultureInfo.InvariantCulture, $"{regions[i]}\nmedian ${median:F2} (n={wages.Length:N0})")));
            if (wages.Length == 0)
                continue;
            var box = new Box
            {
                Position = i,
                BoxMin = Quantile.Of(wages, 0.25),
                BoxMax = Quantile.Of(wages, 0.75),
                BoxMiddle = median,
                WhiskerMin = Quantile.Of(wages, 0.05),
                WhiskerMax = Quantile.Of(wages, 0.95),
                Width = 0.45,
            };
            var boxes = plot.Add.Box(box);
            boxes.FillColor = ChartStyle.ColorAt(i).WithAlpha(0.45);
            boxes.LineColor = ChartStyle.ColorAt(i).Darken(0.4);
            boxes.LineWidth = 1.5f;
            top = Math.Max(top, box.WhiskerMax ?? 0);
            if (run.Scenario.Regions.FirstOrDefault(r => r.Id == regions[i])?.MinimumWageUsd is { } minimum)
            {
                var line = plot.Add.Line(i - 0.33, minimum, i + 0.33, minimum);
                line.LineColor = MinimumWageColor;
                line.LineWidth = 2.5f;
                line.MarkerSize = 0;
                line.LegendText = minimumShown ? "" : "local minimum wage";
                minimumShown = true;
                top = Math.Max(top, minimum);
            }
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Bottom.MajorTickStyle.Color = Colors.Transparent;
        plot.Axes.SetLimits(-0.6, regions.Length - 0.4, 0, Math.Max(top, 0.01) * 1.08);
        if (minimumShown)
            plot.ShowLegend(Alignment.UpperRight);
        return new Chart(name, "Effective hourly wage distribution by region",
            "Each worker's earnings ÷ (paid + unpaid hours), over workers who gave any time. Box: middle half of workers, line: median, whiskers: 5th to 95th percentile; red line: the region's minimum wage.",
            plot, ChartStyle.Width, ChartStyle.Height + 40);
    }

    public static Chart Hours(RunFolder run, string name)
    {
        var plot = ChartStyle.NewPlot("Where workers' hours went, by region", "", "hours per worker over the run");
        var regions = Regions(run);
        var bases = new double[regions.Length];
        var counts = regions.Select(r => run.Workers.Count(w => w.Region == r && w.GaveTime)).ToArray();
        foreach (var (kind, hours, color) in HourKinds)
        {
            var bars = new List<Bar>();
            for (var i = 0; i < regions.Length; i++)
            {
                var perWorker = counts[i] == 0 ? 0 : run.Workers.Where(w => w.Region == regions[i]).Sum(hours) / counts[i];
                bars.Add(new Bar { Position = i, ValueBase = bases[i], Value = bases[i] + perWorker, FillColor = color, Size = 0.6, LineWidth = 0 });
                bases[i] += perWorker;
            }
            var barPlot = plot.Add.Bars(bars);
            barPlot.LegendText = kind;
        }
        for (var i = 0; i < regions.Length; i++)
        {
            if (bases[i] <= 0)
                continue;
            var unpaid = run.Workers.Where(w => w.Region == regions[i]).Sum(w => w.UnpaidHours) / counts[i];
            var label = plot.Add.Text(string.Create(CultureInfo.InvariantCulture, $"{unpaid / bases[i] * 100:F0}% unpaid"), i, bases[i]);
            label.LabelAlignment = Alignment.LowerCenter;
            label.LabelFontSize = 12;
            label.OffsetY = -3;
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            regions.Select((r, i) => new Tick(i, string.Create(CultureInfo.InvariantCulture, $"{r}\n{counts[i]:N0} workers"))).ToArray());
        plot.Axes.Bottom.MajorTickStyle.Color = Colors.Transparent;
        plot.Axes.SetLimits(-0.6, regions.Length - 0.4, 0, Math.Max(bases.DefaultIfEmpty(0).Max(), 0.01) * 1.15);
        plot.ShowLegend(Edge.Right);
        return new Chart(name, "Paid and unpaid hours by region",
            "Hours per worker (over workers who gave any time), stacked by kind: paid work, and the unpaid time spent searching for work, on rejected and abandoned tasks and in training.",
            plot, ChartStyle.Width, ChartStyle.Height + 40);
    }

    private static string[] Regions(RunFolder run) =>
        WorkforceCharts.Regions(run).Where(r => run.Workers.Any(w => w.Region == r))
            .Concat(run.Workers.Select(w => w.Region)).Distinct(StringComparer.Ordinal).ToArray();
}
