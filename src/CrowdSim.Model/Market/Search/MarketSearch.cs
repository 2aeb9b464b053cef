using CrowdSim.Model.Checkpoints;
using CrowdSim.Model.Randomness;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Time;
using CrowdSim.Model.Workers;

namespace CrowdSim.Model.Market.Search;

/// <summary>
/// Search on a listing platform (docs/MODEL.md, "Search"). A crowd worker who has checked in looks at
/// their favourite groups first (free), then at one page or two of the listing under a sort order
/// drawn from the mix, and takes the group worth most to them if it beats their reservation wage.
/// A group is worth its advertised hourly blended with what the worker believes it pays: their own
/// experience if they have any, else the review site's pooled reports if they use it; each belief
/// weighs n ÷ (n + prior) for n tasks of evidence. After a task a batcher keeps working the same
/// group while it has tasks and still looks acceptable; anyone else, or a batcher whose group ran
/// dry, looks at favourites and then searches again, which costs the search-again minutes, unpaid.
/// A satisficer takes the first acceptable group in the order the listing shows it, not the best of the page.
/// </summary>
internal sealed class MarketSearch
{
    private readonly SearchSpec _spec;
    private readonly ulong _seed;
    private readonly bool[] _batcher;
    private readonly bool[] _siteUser;
    private readonly bool[] _satisficer;
    private readonly long _searchAgainMs;
    private readonly long[] _lastPostedMs;
    private readonly Listing _listing;
    private readonly List<TaskQueue> _page = [];

    public MarketSearch(ScenarioSpec spec, int platform, int queues)
    {
        _spec = spec.Platforms[platform].Search;
        _seed = spec.Seed;
        var workers = spec.WorkerCount;
        Memory = new SearchMemory(workers, queues, _spec.Beliefs, _spec.Favourites);
        _batcher = new bool[workers];
        _siteUser = new bool[workers];
        _satisficer = new bool[workers];
        for (var worker = 0; worker < workers; worker++)
        {
            var traits = RandomStream.For(spec.Seed, (ulong)worker, platform, StreamPurpose.SearchTraits);
            _batcher[worker] = traits.NextBernoulli(_spec.BatchShare);
            _siteUser[worker] = traits.NextBernoulli(_spec.ReviewSiteShare);
            _satisficer[worker] = traits.NextBernoulli(_spec.SatisficeShare);
        }
        _searchAgainMs = SimTime.FromMinutes(_spec.SearchAgainMinutes);
        _lastPostedMs = new long[queues];
        Array.Fill(_lastPostedMs, long.MinValue);
        _listing = new Listing(queues);
    }

    /// <summary>What workers remember and the review site.</summary>
    public SearchMemory Memory { get; }

    /// <summary>Whether the worker keeps working a group after a task.</summary>
    public bool Batches(int worker) => _batcher[worker];

    /// <summary>Whether the worker consults and reports to the review site.</summary>
    public bool UsesSite(int worker) => _siteUser[worker];

    /// <summary>A task was posted into <paramref name="queue"/>.</summary>
    public void Posted(TaskQueue queue, long atMs) => _lastPostedMs[queue.Index] = atMs;

    /// <summary>A worker submitted a task: they (and the site, if they use it) learn its pay for the time it took.</summary>
    public void Submitted(int worker, in WorkerClaim claim, TaskQueue queue, long payMicros, long ms)
    {
        Memory.Learn(worker, queue.Index, payMicros, ms, _siteUser[worker]);
        Memory.Rate(worker, queue.Index, claim.ReservationUsdPerHour);
    }

    /// <summary>A worker gave up on a task: they do not go on with that group.</summary>
    public void Abandoned(int worker) => Memory.ClearLast(worker);

    /// <summary>Whether the worker takes the first acceptable group of the listing rather than the best of the page.</summary>
    public bool Satisfices(int worker) => _satisficer[worker];

    /// <summary>The unpaid time a search inside a session takes.</summary>
    public long SearchAgainMs => _searchAgainMs;

    /// <summary>The hourly a group is worth to a worker: its advertised hourly blended with their belief.</summary>
    public double Value(int worker, int queue, double advertisedHourly)
    {
        var (tasks, pay, ms) = Memory.Own(worker, queue);
        if (tasks == 0 && _siteUser[worker])
            (tasks, pay, ms) = Memory.Site(queue);
        if (tasks == 0 || ms <= 0)
            return advertisedHourly;
        var belief = Money.ToUsd(pay) / SimTime.ToHours(ms);
        var weight = tasks / (tasks + _spec.PriorTasks);
        return ((1 - weight) * advertisedHourly) + (weight * belief);
    }

    /// <summary>What a crowd worker on this platform does next.</summary>
    public WorkChoice Choose(PlatformMarket market, int worker, WorkerSession session, long nowMs, SearchStep step)
    {
        var occupied = market.OccupiedQueuesAt(nowMs);
        if (step == SearchStep.CheckIn)
            Memory.ClearLast(worker);
        if (step == SearchStep.AfterWork && _batcher[worker] && Memory.LastQueue(worker) is var last and >= 0)
        {
            var same = new WorkScan(session, this, worker);
            var queue = market.Queues[last];
            if (queue.Count > 0)
                same.Consider(market, queue, nowMs);
            if (same.Found)
                return same.Result;
        }
        var favourites = new WorkScan(session, this, worker);
        foreach (var queue in Memory.Favourites(worker))
        {
            if (queue >= 0 && market.Queues[queue].Count > 0)
                favourites.Consider(market, market.Queues[queue], nowMs);
        }
        if (favourites.Found)
            return favourites.Result;
        if (step == SearchStep.AfterWork)
        {
            // A search the session has no time left to use is not started.
            return nowMs + _searchAgainMs < session.EndMs ? new WorkChoice(null, 0, -1, _searchAgainMs) : WorkChoice.None;
        }
        var draw = RandomStream.For(_seed, (ulong)worker, nowMs, StreamPurpose.SearchOrder);
        var order = OrderOf(draw.NextDouble());
        _listing.Page(market, occupied, _lastPostedMs, session.Claim, nowMs, order, _spec.PageSize * Listing.PagesSeen(order), _page, draw.NextBits());
        var listed = new WorkScan(session, this, worker);
        var satisfices = _satisficer[worker];
        foreach (var queue in _page)
        {
            listed.Consider(market, queue, nowMs);
            if (satisfices && listed.Found)
                break;
        }
        return listed.Result;
    }

    /// <summary>The sort order of a worker's search at <paramref name="nowMs"/>, drawn from the mix.</summary>
    public SortOrder DrawOrder(int worker, long nowMs) =>
        OrderOf(RandomStream.For(_seed, (ulong)worker, nowMs, StreamPurpose.SearchOrder).NextDouble());

    private SortOrder OrderOf(double uniform)
    {
        var u = uniform * (_spec.NewestShare + _spec.MostTasksShare + _spec.RewardShare);
        if (u < _spec.NewestShare)
            return SortOrder.Newest;
        return u < _spec.NewestShare + _spec.MostTasksShare ? SortOrder.MostTasks : SortOrder.Reward;
    }

    public void Save(StateWriter w)
    {
        w.Section(nameof(MarketSearch));
        Memory.Save(w);
        w.Write(_lastPostedMs);
    }

    public void Restore(StateReader r)
    {
        r.Section(nameof(MarketSearch));
        Memory.Restore(r);
        r.ReadInto(_lastPostedMs);
    }
}
