using CrowdSim.Model.Market.Search;

namespace CrowdSim.Model.Market;

/// <summary>
/// What a free worker does next. Under perfect information (the default) a crowd worker looks at the
/// head of every queue offered to their region, values it at its pay ÷ the time they expect it to
/// take (the listed time, or the true mean under a transparency policy, scaled by their own speed),
/// and takes the best task worth at least their reservation wage. If the only such work needs a
/// course they have not passed, they take the course when the expected gain over their horizon beats
/// its cost in (unpaid) time: passRate × (hourly − reservation) × horizon &gt; (reservation − training pay) × course hours.
/// A salaried worker takes their employer's oldest task, whatever it pays. On a platform with a
/// listing (<see cref="MarketSearch"/>) a crowd worker sees only some groups and values them with
/// what they have learnt; a choice may then be to search first (<paramref name="SearchMs"/> of unpaid time).
/// </summary>
internal readonly record struct WorkChoice(TaskQueue? Queue, long PayMicros, int CourseType, long SearchMs = 0)
{
    /// <summary>Nothing to do: the session ends (or a salaried worker waits).</summary>
    public static WorkChoice None => new(null, 0, -1);

    public static WorkChoice Best(PlatformMarket market, WorkerSession session, long nowMs)
    {
        var scan = new WorkScan(session);
        foreach (var queue in market.OccupiedQueuesAt(nowMs))
            scan.Consider(market, queue, nowMs);
        return scan.Result;
    }
}
