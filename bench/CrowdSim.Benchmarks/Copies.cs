namespace CrowdSim.Benchmarks;

/// <summary>
/// Benchmarks of calls that change the market (clearing a tick, check-ins, applying outcomes)
/// measure each call on a freshly built market, several identical ones per iteration: one call
/// takes well under a millisecond, too short to time alone reliably.
/// </summary>
public static class Copies
{
    /// <summary>Identical markets built per iteration; each benchmark method sets OperationsPerInvoke to it.</summary>
    public const int PerIteration = 8;

    /// <summary>Builds <see cref="PerIteration"/> markets, then collects the garbage of building them so it is not collected during the measurement.</summary>
    public static T[] Build<T>(Func<T> build)
    {
        var copies = new T[PerIteration];
        for (var i = 0; i < copies.Length; i++)
            copies[i] = build();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return copies;
    }
}
