using CrowdSim.Model.Market;
using CrowdSim.Model.Metrics;

namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>
/// Money and tasks are conserved at every tick of generated scenarios: the books the model checks
/// itself (<see cref="Conservation"/>), and the same identities recomputed here from each
/// <see cref="TickReport"/> and from the per-task event log, per lab and per platform.
/// </summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class ConservationInvariantTests
{
    private const int Cases = 100;

    [Fact]
    public void Books_BalanceAtEveryTick() => GeneratedCases.Check(Cases, stream: 1, (spec, label) =>
        InvariantRun.Run(spec, (sim, tick) =>
        {
            var broken = Conservation.Violations(sim.Totals);
            if (broken.Count > 0)
                Assert.Fail($"{label}, tick {tick.Tick}: {string.Join("; ", broken)}");
        }));

    [Fact]
    public void Tasks_AreConservedAtEveryTick() => GeneratedCases.Check(Cases, stream: 2, (spec, label) =>
    {
        long created = 0, automated = 0, posted = 0, arrived = 0, submitted = 0, approved = 0, rejected = 0, expired = 0;
        var openLogged = new long[spec.Platforms.Count];
        var inServiceLogged = new long[spec.Platforms.Count];
        InvariantRun.Run(spec, recordTaskEvents: true, observe: (_, tick) =>
        {
            var at = $"{label}, tick {tick.Tick}";
            for (var l = 0; l < tick.Labs.Count; l++)
            {
                var lab = tick.Labs[l];
                if (lab.Created != lab.Automated + lab.Posted)
                    Assert.Fail($"{at}, lab {l}: created {lab.Created} != automated {lab.Automated} + posted {lab.Posted}");
                var postedEvents = tick.TaskEvents.Count(e => e.Kind == TaskEventKind.Posted && e.Lab == l);
                if (lab.Posted != postedEvents)
                    Assert.Fail($"{at}, lab {l}: posted {lab.Posted} but the task log has {postedEvents} postings");
                created += lab.Created;
                automated += lab.Automated;
                posted += lab.Posted;
            }
            var queues = tick.Queues.SelectMany(q => q).ToArray();
            arrived += queues.Sum(q => q.Arrivals);
            submitted += queues.Sum(q => q.Submitted);
            approved += queues.Sum(q => q.Approved);
            rejected += queues.Sum(q => q.Rejected);
            expired += queues.Sum(q => q.Expired);
            var open = queues.Sum(q => q.BacklogEnd + q.InServiceEnd);
            if (created != automated + posted)
                Assert.Fail($"{at}: created {created} != automated {automated} + posted {posted}");
            if (posted != arrived)
                Assert.Fail($"{at}: posted {posted} != arrived in queues {arrived}");
            if (posted != submitted + expired + open)
                Assert.Fail($"{at}: posted {posted} != completed {submitted} + expired {expired} + open {open}");
            if (submitted != approved + rejected)
                Assert.Fail($"{at}: completed {submitted} != approved {approved} + rejected {rejected}");

            foreach (var e in tick.TaskEvents)
            {
                openLogged[e.Platform] += e.Kind switch { TaskEventKind.Posted => 1, TaskEventKind.Submitted or TaskEventKind.Expired => -1, _ => 0 };
                inServiceLogged[e.Platform] += e.Kind switch { TaskEventKind.Taken => 1, TaskEventKind.Submitted or TaskEventKind.Abandoned => -1, _ => 0 };
            }
            for (var p = 0; p < tick.Queues.Count; p++)
            {
                var counted = tick.Queues[p].Sum(q => q.BacklogEnd + q.InServiceEnd);
                var inService = tick.Queues[p].Sum(q => q.InServiceEnd);
                if (counted != openLogged[p])
                    Assert.Fail($"{at}, platform {p}: queues hold {counted} open tasks, the task log {openLogged[p]}");
                if (inService != inServiceLogged[p])
                    Assert.Fail($"{at}, platform {p}: {inService} tasks in service, the task log {inServiceLogged[p]}");
                EventsMatchCounters(at, p, tick.Queues[p], tick.TaskEvents.Where(e => e.Platform == p).ToArray());
            }
        });
    });

    [Fact]
    public void Money_IsConservedAtEveryTick() => GeneratedCases.Check(Cases, stream: 3, (spec, label) =>
    {
        var held = new long[spec.Platforms.Count];
        var sim = InvariantRun.Run(spec, recordTaskEvents: true, observe: (_, tick) =>
        {
            var at = $"{label}, tick {tick.Tick}";
            var paidIn = tick.Labs.Sum(l => l.EscrowPaid);
            var received = tick.Platforms.Sum(m => m.EscrowIn);
            if (paidIn != received)
                Assert.Fail($"{at}: labs paid {paidIn} µ$ into escrow, platforms received {received} µ$");
            for (var p = 0; p < tick.Platforms.Count; p++)
            {
                var m = tick.Platforms[p];
                var outflow = m.RefundsByLab.Sum() + m.WorkerPay + m.Fees + m.MarginByVendor.Sum();
                if (m.EscrowHeldEnd - held[p] != m.EscrowIn - outflow)
                    Assert.Fail($"{at}, platform {p}: escrow held went {held[p]} → {m.EscrowHeldEnd} µ$, but {m.EscrowIn} came in and {outflow} went out");
                held[p] = m.EscrowHeldEnd;
                var logged = tick.TaskEvents
                    .Where(e => e.Platform == p && e.Kind is TaskEventKind.Approved or TaskEventKind.Rejected)
                    .Sum(e => e.PayMicros);
                if (logged != m.WorkerPay - m.TrainingPay)
                    Assert.Fail($"{at}, platform {p}: the task log pays workers {logged} µ$, the platform {m.WorkerPay} µ$ less {m.TrainingPay} µ$ training");
            }
        });

        var records = sim.WorkerRecords();
        var totals = sim.Totals;
        if (records.Sum(w => w.EarningsMicros) != totals.WorkerPay)
            Assert.Fail($"{label}: worker records earned {records.Sum(w => w.EarningsMicros)} µ$, region totals {totals.WorkerPay} µ$");
        if (records.Sum(w => w.PaidMs) != totals.Regions.Sum(r => r.PaidMs))
            Assert.Fail($"{label}: worker records and region totals disagree on paid time");
        if (records.Sum(w => w.UnpaidMs) != totals.Regions.Sum(r => r.UnpaidMs))
            Assert.Fail($"{label}: worker records and region totals disagree on unpaid time");
    });

    /// <summary>Each flow a queue counts is the number of matching events in the task log.</summary>
    private static void EventsMatchCounters(string at, int platform, IReadOnlyList<QueueCounters> queues, TaskEvent[] events)
    {
        (string Flow, long Counted, TaskEventKind Kind)[] flows =
        [
            ("arrivals", queues.Sum(q => q.Arrivals), TaskEventKind.Posted),
            ("submissions", queues.Sum(q => q.Submitted), TaskEventKind.Submitted),
            ("approvals", queues.Sum(q => q.Approved), TaskEventKind.Approved),
            ("rejections", queues.Sum(q => q.Rejected), TaskEventKind.Rejected),
            ("expiries", queues.Sum(q => q.Expired), TaskEventKind.Expired),
            ("abandonments", queues.Sum(q => q.Abandoned), TaskEventKind.Abandoned),
        ];
        foreach (var (flow, counted, kind) in flows)
        {
            var logged = events.Count(e => e.Kind == kind);
            if (counted != logged)
                Assert.Fail($"{at}, platform {platform}: queues count {counted} {flow}, the task log {logged}");
        }
    }
}
