using CrowdSim.Model.Market;
using CrowdSim.Model.Scenario;
using CrowdSim.Model.Simulation;
using CrowdSim.Model.Time;

namespace CrowdSim.Validation.Tests.Queueing;

/// <summary>
/// What one run of a single-queue scenario shows, measured from the per-task event log after a
/// warm-up: the tasks posted in the measurement window, how many waited at all, how long the
/// served ones waited, how many expired, and the servers' busy share over the window.
/// </summary>
internal sealed record QueueObservation(long Posted, long Waited, long Expired, double MeanWaitOfServedHours, double Utilisation, double MeanQueueLength)
{
    public double ProbabilityOfWaiting => Waited / (double)Posted;

    public double ProbabilityOfExpiry => Expired / (double)Posted;

    /// <summary>
    /// Runs <paramref name="spec"/> to its horizon. Tasks posted in [warm-up, horizon − tail) are
    /// counted (the tail leaves time for them to be taken or to expire); busy time and the queue's
    /// length are integrated over [warm-up, horizon).
    /// </summary>
    public static QueueObservation Of(ScenarioSpec spec, double warmUpHours, double tailHours)
    {
        var sim = new LocalSimulation(spec, workersPerCohort: 1000, recordTaskEvents: true);
        var from = SimTime.FromHours(warmUpHours);
        var horizon = (long)spec.Days * SimTime.MsPerDay;
        var until = horizon - SimTime.FromHours(tailHours);
        var servers = spec.WorkerPools.Sum(p => p.Count);
        var postedAt = new Dictionary<long, long>();
        var inService = new Dictionary<long, long>();
        long posted = 0, waited = 0, served = 0, expired = 0, busyMs = 0, waitSumMs = 0;
        long backlogAreaMs = 0;
        for (var t = 0; t < spec.Ticks; t++)
        {
            var report = sim.Step();
            if (report.StartMs >= from)
                backlogAreaMs += report.Queues.Sum(p => p.Sum(q => q.BacklogAreaMs));
            foreach (var e in report.TaskEvents)
            {
                var counted = postedAt.TryGetValue(e.TaskId, out var at) && at >= from && at < until;
                switch (e.Kind)
                {
                    case TaskEventKind.Posted:
                        postedAt[e.TaskId] = e.AtMs;
                        if (e.AtMs >= from && e.AtMs < until)
                            posted++;
                        break;
                    case TaskEventKind.Taken:
                        inService[e.TaskId] = e.AtMs;
                        if (counted)
                        {
                            served++;
                            waitSumMs += e.AtMs - at;
                            if (e.AtMs > at)
                                waited++;
                        }
                        break;
                    case TaskEventKind.Submitted:
                        busyMs += Overlap(inService[e.TaskId], e.AtMs, from, horizon);
                        inService.Remove(e.TaskId);
                        break;
                    case TaskEventKind.Expired:
                        if (counted)
                        {
                            expired++;
                            waited++;
                        }
                        break;
                }
            }
        }
        foreach (var start in inService.Values)
            busyMs += Overlap(start, horizon, from, horizon);
        var windowMs = (double)(horizon - from);
        return new QueueObservation(
            posted,
            waited,
            expired,
            served == 0 ? 0 : SimTime.ToHours(waitSumMs) / served,
            busyMs / (servers * windowMs),
            backlogAreaMs / windowMs);
    }

    private static long Overlap(long start, long end, long from, long until) => Math.Max(0, Math.Min(end, until) - Math.Max(start, from));
}
