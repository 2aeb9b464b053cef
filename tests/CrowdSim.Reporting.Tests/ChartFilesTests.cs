using CrowdSim.Reporting.Charts;

namespace CrowdSim.Reporting.Tests;

public sealed class ChartFilesTests
{
    private const string Svg = """
        <?xml version="1.0" encoding="utf-8" ?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="900" height="340">
        <clipPath id="clip1"><rect width="10" height="10"/></clipPath>
        <g clip-path="url(#clip1)"><text font-family="DejaVu Sans">a &lt; b</text></g>
        </svg>
        """;

    [Fact]
    public void Inline_MakesTheSvgScalableWithoutNamespacesOrProlog()
    {
        var inline = ChartFiles.Inline(Svg, "Wages & hours", 900, 340);

        Assert.StartsWith("<svg viewBox=\"0 0 900 340\" role=\"img\" aria-label=\"Wages &amp; hours\">", inline, StringComparison.Ordinal);
        Assert.DoesNotContain("http", inline, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", inline, StringComparison.Ordinal);
    }

    [Fact]
    public void RenumberIds_PrefixesIdsAndTheirReferences_SoChartsOnOnePageDoNotClash()
    {
        var inline = ChartFiles.RenumberIds(Svg, "wages");

        Assert.Contains("<clipPath id=\"wages-1\">", inline, StringComparison.Ordinal);
        Assert.Contains("clip-path=\"url(#wages-1)\"", inline, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_FallsBackToAnySansSerifFont() =>
        Assert.Contains("font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\"", ChartFiles.Inline(Svg, "c", 9, 3), StringComparison.Ordinal);
}
