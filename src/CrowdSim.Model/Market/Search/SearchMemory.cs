using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Market.Search;

/// <summary>
/// What workers on one platform remember, in flat arrays (one block of slots per worker): each
/// worker's own experience of a few groups (tasks, pay, time taken including rejected work), the
/// groups they keep as favourites, and the group they last worked; and the review site, which pools
/// its users' reports per group. The least-used belief is forgotten first, so memory stays bounded.
/// </summary>
internal sealed class SearchMemory
{
    private readonly int _beliefs;
    private readonly int _favourites;
    private readonly int[] _beliefQueue;
    private readonly int[] _beliefTasks;
    private readonly long[] _beliefPay;
    private readonly long[] _beliefMs;
    private readonly int[] _favourite;
    private readonly int[] _lastQueue;
    private readonly int[] _siteTasks;
    private readonly long[] _sitePay;
    private readonly long[] _siteMs;

    public SearchMemory(int workers, int queues, int beliefs, int favourites)
    {
        _beliefs = beliefs;
        _favourites = favourites;
        _beliefQueue = Filled(workers * beliefs);
        _beliefTasks = new int[workers * beliefs];
        _beliefPay = new long[workers * beliefs];
        _beliefMs = new long[workers * beliefs];
        _favourite = Filled(workers * favourites);
        _lastQueue = Filled(workers);
        _siteTasks = new int[queues];
        _sitePay = new long[queues];
        _siteMs = new long[queues];
    }

    /// <summary>The worker's own record of a group: tasks submitted, pay received, time taken (0 tasks if none).</summary>
    public (int Tasks, long PayMicros, long Ms) Own(int worker, int queue)
    {
        var slot = Find(worker, queue);
        return slot < 0 ? default : (_beliefTasks[slot], _beliefPay[slot], _beliefMs[slot]);
    }

    /// <summary>The review site's pooled record of a group.</summary>
    public (int Tasks, long PayMicros, long Ms) Site(int queue) => (_siteTasks[queue], _sitePay[queue], _siteMs[queue]);

    /// <summary>The worker's favourite groups (-1 for an empty slot).</summary>
    public ReadOnlySpan<int> Favourites(int worker) => _favourite.AsSpan(worker * _favourites, _favourites);

    /// <summary>The group the worker last submitted to in this session, or -1.</summary>
    public int LastQueue(int worker) => _lastQueue[worker];

    /// <summary>Forgets the group last worked (a new session, or work given up).</summary>
    public void ClearLast(int worker) => _lastQueue[worker] = -1;

    /// <summary>A submitted task: the worker's belief (and, for site users, the site) learns what it paid for the time it took.</summary>
    public void Learn(int worker, int queue, long payMicros, long ms, bool reportsToSite)
    {
        var slot = Find(worker, queue);
        if (slot < 0)
        {
            slot = Evictable(worker);
            _beliefQueue[slot] = queue;
            _beliefTasks[slot] = 0;
            _beliefPay[slot] = 0;
            _beliefMs[slot] = 0;
        }
        _beliefTasks[slot]++;
        _beliefPay[slot] += payMicros;
        _beliefMs[slot] += ms;
        _lastQueue[worker] = queue;
        if (!reportsToSite)
            return;
        _siteTasks[queue]++;
        _sitePay[queue] += payMicros;
        _siteMs[queue] += ms;
    }

    /// <summary>
    /// Keeps <paramref name="queue"/> as a favourite if it earned at least the reservation wage (taking an
    /// empty slot, else replacing the favourite that earned the worker least, if less), and drops it if not.
    /// </summary>
    public void Rate(int worker, int queue, double reservation)
    {
        var hourly = OwnHourly(worker, queue);
        var favourites = _favourite.AsSpan(worker * _favourites, _favourites);
        var at = favourites.IndexOf(queue);
        if (hourly < reservation)
        {
            if (at >= 0)
                favourites[at] = -1;
            return;
        }
        if (at >= 0)
            return;
        var worst = -1;
        var worstRating = hourly;
        for (var k = 0; k < favourites.Length; k++)
        {
            if (favourites[k] < 0)
            {
                favourites[k] = queue;
                return;
            }
            var rating = OwnHourly(worker, favourites[k]);
            if (rating < worstRating)
            {
                worst = k;
                worstRating = rating;
            }
        }
        if (worst >= 0)
            favourites[worst] = queue;
    }

    /// <summary>What the worker earned per hour of their own time on the group, USD (0 with no experience).</summary>
    public double OwnHourly(int worker, int queue)
    {
        var (tasks, pay, ms) = Own(worker, queue);
        return tasks == 0 || ms <= 0 ? 0 : Money.ToUsd(pay) / Time.SimTime.ToHours(ms);
    }

    private int Find(int worker, int queue)
    {
        var first = worker * _beliefs;
        var at = _beliefQueue.AsSpan(first, _beliefs).IndexOf(queue);
        return at < 0 ? -1 : first + at;
    }

    // An empty slot, else the one with the fewest tasks (the first such).
    private int Evictable(int worker)
    {
        var first = worker * _beliefs;
        var best = first;
        for (var slot = first; slot < first + _beliefs; slot++)
        {
            if (_beliefQueue[slot] < 0)
                return slot;
            if (_beliefTasks[slot] < _beliefTasks[best])
                best = slot;
        }
        return best;
    }

    private static int[] Filled(int length)
    {
        var array = new int[length];
        Array.Fill(array, -1);
        return array;
    }

    public void Save(StateWriter w)
    {
        w.Section(nameof(SearchMemory));
        w.Write(_beliefQueue);
        w.Write(_beliefTasks);
        w.Write(_beliefPay);
        w.Write(_beliefMs);
        w.Write(_favourite);
        w.Write(_lastQueue);
        w.Write(_siteTasks);
        w.Write(_sitePay);
        w.Write(_siteMs);
    }

    public void Restore(StateReader r)
    {
        r.Section(nameof(SearchMemory));
        r.ReadInto(_beliefQueue);
        r.ReadInto(_beliefTasks);
        r.ReadInto(_beliefPay);
        r.ReadInto(_beliefMs);
        r.ReadInto(_favourite);
        r.ReadInto(_lastQueue);
        r.ReadInto(_siteTasks);
        r.ReadInto(_sitePay);
        r.ReadInto(_siteMs);
    }
}
