namespace CrowdSim.Model.Metrics;

/// <summary>
/// The books must balance: every micro-dollar a lab paid in is with a vendor, a platform, a worker
/// or still in escrow, and every task created is in exactly one terminal or open state.
/// </summary>
public static class Conservation
{
    /// <summary>The identities that do not hold (empty when the books balance).</summary>
    public static IReadOnlyList<string> Violations(RunTotals totals)
    {
        var problems = new List<string>();
        var queues = totals.Queues.SelectMany(q => q).ToArray();
        var created = totals.Labs.Sum(l => l.Created);
        var automated = totals.Labs.Sum(l => l.Automated);
        var posted = totals.Labs.Sum(l => l.Posted);
        var arrived = queues.Sum(q => q.Arrivals);
        var submitted = queues.Sum(q => q.Submitted);
        var expired = queues.Sum(q => q.Expired);
        var open = queues.Sum(q => q.BacklogEnd + q.InServiceEnd);
        var approved = queues.Sum(q => q.Approved);
        var rejected = queues.Sum(q => q.Rejected);
        Require(problems, created == automated + posted, $"tasks: created {created} != automated {automated} + posted {posted}");
        Require(problems, posted == arrived, $"tasks: posted {posted} != arrived in queues {arrived}");
        Require(problems, posted == submitted + expired + open, $"tasks: posted {posted} != completed {submitted} + expired {expired} + open {open}");
        Require(problems, submitted == approved + rejected, $"tasks: completed {submitted} != approved {approved} + rejected {rejected}");

        var accounted = totals.VendorMargin + totals.PlatformFees + totals.WorkerPay + totals.Owed;
        Require(problems, totals.LabSpend == accounted, $"money: lab spend {totals.LabSpend} µ$ != margins + fees + pay + owed {accounted} µ$");
        var paidOut = totals.WorkerPayByPlatforms + totals.Regions.Sum(r => r.SalaryMicros);
        Require(problems, totals.WorkerPay == paidOut, $"money: workers received {totals.WorkerPay} µ$ but platforms and employers paid {paidOut} µ$");
        return problems;
    }

    private static void Require(List<string> problems, bool holds, string message)
    {
        if (!holds)
            problems.Add(message);
    }
}
