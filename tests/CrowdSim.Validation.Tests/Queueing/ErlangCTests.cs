using CrowdSim.Experiments.Statistics;
using Xunit.Abstractions;

namespace CrowdSim.Validation.Tests.Queueing;

/// <summary>
/// The market, set up as an M/M/c queue (mmc.yaml), against Erlang C: utilisation, probability of
/// waiting and mean wait, over replications, for utilisations from 0.5 to 0.95, at 1-minute and
/// 15-minute ticks. Arrivals, pickups and completions happen at continuous (millisecond) times inside
/// a tick, so the tick length must not matter; these tests are where that is shown.
/// </summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class ErlangCTests(ITestOutputHelper output)
{
    public static TheoryData<int, double, int, int, int> Cases => new()
    {
        // servers, utilisation, tick minutes, days, replications
        { 1, 0.5, 1, 200, 10 },
        { 1, 0.5, 15, 200, 10 },
        { 3, 0.7, 1, 100, 10 },
        { 3, 0.7, 15, 100, 10 },
        { 5, 0.8, 15, 100, 10 },
        { 10, 0.9, 1, 100, 10 },
        { 10, 0.9, 15, 100, 10 },
        { 5, 0.95, 15, 400, 10 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_market_as_an_MMc_queue_matches_Erlang_C(int servers, double rho, int tickMinutes, int days, int replications)
    {
        var mmc = new MmcCase(servers, rho, tickMinutes, days, replications);
        var runs = mmc.Observe();
        var theory = mmc.Theory;

        Agreement.Check(output, mmc.ToString(), "utilisation", runs.Select(r => r.Utilisation), theory.Utilisation, maxRelativeHalfWidth: 0.03);
        Agreement.Check(output, mmc.ToString(), "P(wait)", runs.Select(r => r.ProbabilityOfWaiting), theory.ProbabilityOfWaiting, maxRelativeHalfWidth: 0.05);
        Agreement.Check(output, mmc.ToString(), "mean wait (h)", runs.Select(r => r.MeanWaitOfServedHours), theory.MeanWaitOfServedHours, maxRelativeHalfWidth: 0.15);
        Agreement.Check(output, mmc.ToString(), "mean queue", runs.Select(r => r.MeanQueueLength), theory.MeanQueueLength, maxRelativeHalfWidth: 0.15);
    }
}

/// <summary>
/// Whether a closed-form value lies inside the 99.9% confidence interval of the replication mean,
/// with an interval narrow enough to mean something. The suite makes about a hundred such
/// comparisons, so at 99% one would be expected to miss by chance; at 99.9%, about one in ten
/// suites would.
/// </summary>
internal static class Agreement
{
    public static void Check(ITestOutputHelper output, string label, string measure, IEnumerable<double> values, double expected, double maxRelativeHalfWidth)
    {
        var sample = values.ToArray();
        var summary = SampleSummary.Of(sample, confidence: 0.999);
        var halfWidth = (summary.CiUpper!.Value - summary.CiLower!.Value) / 2;
        var line = FormattableString.Invariant(
            $"{label} {measure}: theory {expected:G5}, simulated {summary.Mean:G5} ± {halfWidth:G3} (99.9% CI, n={summary.Count})");
        output.WriteLine(line);
        Assert.True(halfWidth <= maxRelativeHalfWidth * Math.Abs(expected) || expected == 0,
            $"{line}: the interval is too wide (more than {maxRelativeHalfWidth:P0} of the value) to test anything; run longer or more replications");
        Assert.True(expected >= summary.CiLower && expected <= summary.CiUpper, $"{line}: theory outside the interval");
    }
}
