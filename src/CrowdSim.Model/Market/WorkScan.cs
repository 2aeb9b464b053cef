using CrowdSim.Model.Market.Search;

namespace CrowdSim.Model.Market;

/// <summary>
/// Scans queues a worker looks at and keeps the best acceptable task and the best course worth
/// taking (see <see cref="WorkChoice"/>). With a <see cref="MarketSearch"/> the hourly a group is
/// worth to the worker is its advertised hourly blended with what they believe it pays.
/// </summary>
internal struct WorkScan(WorkerSession session, MarketSearch? search = null, int worker = -1)
{
    private TaskQueue? _best;
    private long _bestPay;
    private double _bestScore = double.NegativeInfinity;
    private int _course = -1;
    private double _courseScore = double.NegativeInfinity;

    /// <summary>The best task, else the best course (-1 for none).</summary>
    public readonly WorkChoice Result => new(_best, _bestPay, _best is null ? _course : -1);

    /// <summary>Whether an acceptable task was found.</summary>
    public readonly bool Found => _best is not null;

    /// <summary>Looks at the head of <paramref name="queue"/> (which holds tasks).</summary>
    public void Consider(PlatformMarket market, TaskQueue queue, long nowMs)
    {
        ref readonly var head = ref queue.Head;
        var claim = session.Claim;
        if (claim.Salaried)
        {
            if (queue.Vendor == claim.Employer && -head.PostedMs > _bestScore)
            {
                _best = queue;
                _bestScore = -head.PostedMs;
            }
            return;
        }
        var pay = market.Pay.PayFor(queue, head, claim, nowMs);
        if (pay < 0)
            return;
        var type = market.Spec.TaskTypes[queue.TaskType];
        var minutes = market.Policies.Transparency ? type.MeanMinutes : type.AdvertisedMinutes ?? type.MeanMinutes;
        var hourly = Money.ToUsd(pay) / (minutes * claim.Speed / 60.0);
        if (search is not null)
            hourly = search.Value(worker, queue.Index, hourly);
        if (hourly < claim.ReservationUsdPerHour)
            return;
        var bit = 1UL << queue.TaskType;
        if (type.Training is { } training && (session.Qualified & bit) == 0)
        {
            if ((session.FailedCourses & bit) != 0)
                return;
            var trainingPay = market.Policies.PaidTrainingUsdPerHour ?? 0;
            var gain = training.PassRate * (hourly - claim.ReservationUsdPerHour) * claim.TrainingHorizonHours;
            var cost = Math.Max(0, claim.ReservationUsdPerHour - trainingPay) * training.Hours;
            if (gain > cost && hourly > _courseScore)
            {
                _course = queue.TaskType;
                _courseScore = hourly;
            }
            return;
        }
        if (hourly > _bestScore)
        {
            _best = queue;
            _bestScore = hourly;
            _bestPay = pay;
        }
    }
}
