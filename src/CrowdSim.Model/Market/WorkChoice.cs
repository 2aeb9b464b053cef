namespace CrowdSim.Model.Market;

/// <summary>
/// What a free worker does next. A crowd worker looks at the head of every queue offered to their
/// region, values it at its pay ÷ the time they expect it to take (the listed time, or the true
/// mean under a transparency policy, scaled by their own speed), and takes the best task worth at
/// least their reservation wage. If the only such work needs a course they have not passed, they
/// take the course when the expected gain over their horizon beats its cost in (unpaid) time:
/// passRate × (hourly − reservation) × horizon &gt; (reservation − training pay) × course hours.
/// A salaried worker takes their employer's oldest task, whatever it pays.
/// </summary>
internal readonly record struct WorkChoice(TaskQueue? Queue, long PayMicros, int CourseType)
{
    public static WorkChoice Best(PlatformMarket market, WorkerSession session, long nowMs)
    {
        var claim = session.Claim;
        var spec = market.Spec;
        TaskQueue? best = null;
        long bestPay = 0;
        var bestScore = double.NegativeInfinity;
        var course = -1;
        var courseScore = double.NegativeInfinity;
        foreach (var queue in market.OccupiedQueuesAt(nowMs))
        {
            ref readonly var head = ref queue.Head;
            if (claim.Salaried)
            {
                if (queue.Vendor == claim.Employer && -head.PostedMs > bestScore)
                {
                    best = queue;
                    bestScore = -head.PostedMs;
                }
                continue;
            }
            var pay = market.Pay.PayFor(queue, head, claim, nowMs);
            if (pay < 0)
                continue;
            var type = spec.TaskTypes[queue.TaskType];
            var minutes = market.Policies.Transparency ? type.MeanMinutes : type.AdvertisedMinutes ?? type.MeanMinutes;
            var hourly = Money.ToUsd(pay) / (minutes * claim.Speed / 60.0);
            if (hourly < claim.ReservationUsdPerHour)
                continue;
            var bit = 1UL << queue.TaskType;
            if (type.Training is { } training && (session.Qualified & bit) == 0)
            {
                if ((session.FailedCourses & bit) != 0)
                    continue;
                var trainingPay = market.Policies.PaidTrainingUsdPerHour ?? 0;
                var gain = training.PassRate * (hourly - claim.ReservationUsdPerHour) * claim.TrainingHorizonHours;
                var cost = Math.Max(0, claim.ReservationUsdPerHour - trainingPay) * training.Hours;
                if (gain > cost && hourly > courseScore)
                {
                    course = queue.TaskType;
                    courseScore = hourly;
                }
                continue;
            }
            if (hourly > bestScore)
            {
                best = queue;
                bestScore = hourly;
                bestPay = pay;
            }
        }
        return new WorkChoice(best, bestPay, best is null ? course : -1);
    }
}
