using CrowdSim.Reporting.Html;
using CrowdSim.Results.Experiment;

namespace CrowdSim.Reporting.Tests;

/// <summary>The comparison table never shows a signed zero, and a zero difference is not significant (issue 14, item 16).</summary>
public sealed class ExperimentHtmlTests
{
    [Fact]
    public void ComparisonTable_WithZeroAndTinyDifferences_ShowsNoSignedZero()
    {
        ComparisonRow[] rows =
        [
            new("workerOutcomes.nightWakeupsPerWorkerDay", "pay-floor", 0.307, 0.307, -0.0, -0.0, 0.0, false, 5),
            new("workerOutcomes.unpaidShare", "pay-floor", 0.38, 0.3797, -0.0003, -0.0004, -0.0002, true, 5),
            new("queue.meanWaitMinutes", "pay-floor", 2.7, 2.7, -0.00004, -0.0001, 0.00002, false, 5),
        ];

        var html = ExperimentHtml.ComparisonTable(rows);

        Assert.DoesNotMatch(@"[-−]0(\.0*)?(?![0-9.])", html);
        Assert.Contains("<td>±0</td><td>±0 to ±0</td><td>no</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>−0.03 pp</td><td>−0.04 pp to −0.02 pp</td><td>yes</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>−4E-05 min</td>", html, StringComparison.Ordinal);
    }
}
