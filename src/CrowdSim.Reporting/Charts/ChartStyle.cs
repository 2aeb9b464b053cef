using ScottPlot;

namespace CrowdSim.Reporting.Charts;

/// <summary>The look shared by every chart: size, font, colours.</summary>
internal static class ChartStyle
{
    public const int Width = 900;
    public const int Height = 340;

    private static readonly string[] SansFonts = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica"];
    private static readonly Lazy<string> Font = new(() => SansFonts.FirstOrDefault(Installed) ?? Fonts.Default);

    // Tableau 10: distinguishable, and kind to the common colour-vision deficiencies.
    private static readonly Color[] Palette =
    [
        Color.FromHex("#4e79a7"), Color.FromHex("#f28e2b"), Color.FromHex("#59a14f"), Color.FromHex("#e15759"), Color.FromHex("#76b7b2"),
        Color.FromHex("#edc948"), Color.FromHex("#b07aa1"), Color.FromHex("#ff9da7"), Color.FromHex("#9c755f"), Color.FromHex("#bab0ac"),
    ];

    public static string FontName => Font.Value;

    public static Color ColorAt(int index) => Palette[index % Palette.Length];

    public static Color Muted { get; } = Color.FromHex("#6b6b6b");

    private static bool Installed(string family)
    {
        using var typeface = SkiaSharp.SKFontManager.Default.MatchFamily(family);
        return typeface is not null;
    }

    /// <summary>A new plot with a title and axis labels in the report's font.</summary>
    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title, 15);
        plot.XLabel(xLabel, 13);
        plot.YLabel(yLabel, 13);
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.08);
        return plot;
    }

    /// <summary>Applies the font to everything on the plot, including text added after it was made.</summary>
    public static void Finish(Plot plot)
    {
        plot.Font.Set(FontName);
        plot.Legend.FontName = FontName;
        plot.Legend.FontSize = 12;
        foreach (var text in plot.GetPlottables<ScottPlot.Plottables.Text>())
            text.LabelFontName = FontName;
    }
}
