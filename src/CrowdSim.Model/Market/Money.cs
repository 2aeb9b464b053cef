namespace CrowdSim.Model.Market;

/// <summary>Money is counted in whole micro-dollars (10^-6 USD), so every sum is exact.</summary>
public static class Money
{
    public const long MicrosPerUsd = 1_000_000;

    /// <summary>USD to micro-dollars, rounded to the nearest micro-dollar.</summary>
    public static long FromUsd(double usd) => (long)Math.Round(usd * MicrosPerUsd, MidpointRounding.AwayFromZero);

    /// <summary>Micro-dollars to USD.</summary>
    public static double ToUsd(long micros) => micros / (double)MicrosPerUsd;

    /// <summary>A share of an amount, rounded to the nearest micro-dollar.</summary>
    public static long Share(long micros, double share) => (long)Math.Round(micros * share, MidpointRounding.AwayFromZero);
}
