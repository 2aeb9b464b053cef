using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Workers;

/// <summary>
/// Each worker's current week (earnings and time given) and, over completed weeks, the running
/// moments of weekly earnings from which income volatility (coefficient of variation) is computed.
/// </summary>
internal sealed class WeeklyLedger(int count)
{
    private readonly long[] _weekEarnings = new long[count];
    private readonly long[] _weekMs = new long[count];
    private readonly double[] _sum = new double[count];
    private readonly double[] _sumSquares = new double[count];
    private readonly int[] _weeks = new int[count];

    public void Add(int i, long earningsMicros, long timeMs)
    {
        _weekEarnings[i] += earningsMicros;
        _weekMs[i] += timeMs;
    }

    /// <summary>Closes worker i's week: returns (earnings, time given) and starts a new week.</summary>
    public (long EarningsMicros, long TimeMs) Close(int i, bool countForVolatility)
    {
        var week = (_weekEarnings[i], _weekMs[i]);
        if (countForVolatility)
        {
            var usd = Market.Money.ToUsd(_weekEarnings[i]);
            _sum[i] += usd;
            _sumSquares[i] += usd * usd;
            _weeks[i]++;
        }
        _weekEarnings[i] = 0;
        _weekMs[i] = 0;
        return week;
    }

    /// <summary>Standard deviation ÷ mean of weekly earnings over completed weeks; null with fewer than two weeks or no earnings.</summary>
    public double? CoefficientOfVariation(int i) => CoefficientOfVariation(_weeks[i], _sum[i], _sumSquares[i]);

    /// <summary>The same over the weeks completed since <paramref name="start"/> (a copy of this ledger taken earlier).</summary>
    public double? CoefficientOfVariationSince(WeeklyLedger start, int i) =>
        CoefficientOfVariation(_weeks[i] - start._weeks[i], _sum[i] - start._sum[i], _sumSquares[i] - start._sumSquares[i]);

    /// <summary>A copy of the ledger now (a measurement window's snapshot).</summary>
    public WeeklyLedger Copy()
    {
        var copy = new WeeklyLedger(_weeks.Length);
        _weekEarnings.CopyTo(copy._weekEarnings, 0);
        _weekMs.CopyTo(copy._weekMs, 0);
        _sum.CopyTo(copy._sum, 0);
        _sumSquares.CopyTo(copy._sumSquares, 0);
        _weeks.CopyTo(copy._weeks, 0);
        return copy;
    }

    private static double? CoefficientOfVariation(int n, double sum, double sumSquares)
    {
        if (n < 2 || sum <= 0)
            return null;
        var mean = sum / n;
        var variance = Math.Max(0, (sumSquares / n) - (mean * mean));
        return Math.Sqrt(variance) / mean;
    }

    public void Save(StateWriter w)
    {
        w.Section(nameof(WeeklyLedger));
        w.Write(_weekEarnings);
        w.Write(_weekMs);
        w.Write(_sum);
        w.Write(_sumSquares);
        w.Write(_weeks);
    }

    public void Restore(StateReader r)
    {
        r.Section(nameof(WeeklyLedger));
        r.ReadInto(_weekEarnings);
        r.ReadInto(_weekMs);
        r.ReadInto(_sum);
        r.ReadInto(_sumSquares);
        r.ReadInto(_weeks);
    }
}
