namespace CrowdSim.Model.Market.Search;

/// <summary>
/// A marketplace's listing of task groups as one worker sees it: the groups with open tasks offered
/// to the worker's region, sorted by one order, cut to the pages the worker looks at. Ties (groups
/// posted at the same moment, with as many tasks or the same reward) are broken by a draw of the
/// search, so no group is favoured by its place in the scenario.
/// </summary>
internal sealed class Listing(int queues)
{
    private readonly (long Key, ulong Tie, int Queue)[] _keys = new (long, ulong, int)[queues];

    /// <summary>Pages a worker looks at under each order (Chilton et al. 2010: the first page of newest, the first two of most tasks).</summary>
    public static int PagesSeen(SortOrder order) => order switch
    {
        SortOrder.Newest => Scenario.ModelDefaults.SearchPagesNewest,
        SortOrder.MostTasks => Scenario.ModelDefaults.SearchPagesMostTasks,
        _ => Scenario.ModelDefaults.SearchPagesReward,
    };

    /// <summary>
    /// Fills <paramref name="page"/> with the first <paramref name="count"/> groups of
    /// <paramref name="occupied"/> (queues holding tasks) that are offered to the worker of <paramref name="claim"/> (region and access rules), under <paramref name="order"/>.
    /// </summary>
    /// <param name="tieSalt">The search's draw that orders ties.</param>
    /// <param name="lastPostedMs">When each queue last received a task (for <see cref="SortOrder.Newest"/>).</param>
    public void Page(
        PlatformMarket market, List<TaskQueue> occupied, ReadOnlySpan<long> lastPostedMs, in WorkerClaim claim, long nowMs,
        SortOrder order, int count, List<TaskQueue> page, ulong tieSalt = 0)
    {
        var n = 0;
        foreach (var queue in occupied)
        {
            var pay = market.Pay.PayFor(queue, queue.Head, claim, nowMs);
            if (pay < 0)
                continue;
            var key = order switch
            {
                SortOrder.Newest => lastPostedMs[queue.Index],
                SortOrder.MostTasks => queue.Count,
                _ => pay,
            };
            _keys[n++] = (key, Randomness.SplitMix64.Mix(tieSalt ^ (ulong)queue.Index), queue.Index);
        }
        var keys = _keys.AsSpan(0, n);
        keys.Sort(static (a, b) => a.Key != b.Key ? b.Key.CompareTo(a.Key) : a.Tie != b.Tie ? a.Tie.CompareTo(b.Tie) : a.Queue.CompareTo(b.Queue));
        page.Clear();
        var queues = market.Queues;
        for (var k = 0; k < Math.Min(n, count); k++)
            page.Add(queues[keys[k].Queue]);
    }
}
