using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CrowdSim.Reporting.Tests;

/// <summary>Opens the reports in headless Chromium, where it is installed (Debian: <c>apt-get install chromium</c>).</summary>
[Collection(ResultsCollection.Name)]
public sealed class BrowserTests(ResultsFixture results)
{
    private const string NoChromium = "needs " + Chromium.Path + " (apt-get install chromium)";

    // Each report is opened once (DOM and screenshot together) and shared by the tests that look at it.
    private static readonly ConcurrentDictionary<string, Lazy<(string Dom, string Screenshot)>> Views = new(StringComparer.Ordinal);

    [SkippableFact]
    public void Chromium_RunReport_RendersEveryChart()
    {
        Skip.IfNot(Chromium.Installed, NoChromium);

        var (dom, _) = Open(results.RunReport);

        Assert.Equal("7", Rendered(dom));
        Assert.DoesNotContain("data-missing", dom, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Chromium_RunReport_ScreenshotShowsAPage()
    {
        Skip.IfNot(Chromium.Installed, NoChromium);

        var (_, png) = Open(results.RunReport);

        Assert.True(File.Exists(png), "no screenshot");
        Assert.True(new FileInfo(png).Length > 100_000, $"the screenshot is only {new FileInfo(png).Length} bytes");
    }

    [SkippableFact]
    public void Chromium_ExperimentReport_RendersEveryChart()
    {
        Skip.IfNot(Chromium.Installed, NoChromium);

        var (dom, _) = Open(results.ExperimentReport);

        Assert.Equal("15", Rendered(dom));
        Assert.DoesNotContain("data-missing", dom, StringComparison.Ordinal);
    }

    private static (string Dom, string Screenshot) Open(string report) =>
        Views.GetOrAdd(report, path => new Lazy<(string, string)>(() =>
        {
            var png = Path.Combine(Path.GetDirectoryName(path)!, "screenshot.png");
            return (Chromium.Open(path, png, 1280, 4000), png);
        })).Value;

    private static string Rendered(string dom)
    {
        var body = Regex.Match(dom, "<body[^>]*>");
        Assert.True(body.Success, "no <body> in the dumped DOM");
        var rendered = Regex.Match(body.Value, "data-rendered=\"(\\d+)\"");
        Assert.True(rendered.Success, $"the page's check did not run: {body.Value}");
        return rendered.Groups[1].Value;
    }
}
