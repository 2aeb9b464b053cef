namespace CrowdSim.Validation.Tests.Invariants;

/// <summary>
/// Every task's life, read from the per-task event log, is one the model allows (see
/// <see cref="TaskLives"/>): taken by one worker at a time, never after its deadline, never before
/// it was posted (waits are not negative), and the queues' wait and time-in-system sums are those of
/// the log. Workers take work only where they may: on platforms their pool belongs to, salaried
/// workers only their employer's work, and only once they have joined.
/// </summary>
[Trait(ValidationCategory.Name, ValidationCategory.Value)]
public sealed class TaskLifeInvariantTests
{
    private const int Cases = 100;

    [Fact]
    public void EveryTask_FollowsItsLifeCycle() => GeneratedCases.Check(Cases, stream: 61, (spec, label) =>
    {
        var lives = new TaskLives(spec);
        InvariantRun.Run(spec, recordTaskEvents: true, observe: (_, tick) =>
        {
            var at = $"{label}, tick {tick.Tick}";
            var end = tick.StartMs + (spec.TickMinutes * 60_000L);
            var problem = lives.Read(tick.TaskEvents, tick.StartMs, end);
            if (problem is not null)
                Assert.Fail($"{at}: {problem}");
            for (var p = 0; p < tick.Queues.Count; p++)
            {
                var (taken, waits) = lives.FirstPickups[p];
                var counted = (Taken: tick.Queues[p].Sum(q => q.Taken), Waits: tick.Queues[p].Sum(q => q.WaitSumMs));
                if (counted != (taken, waits))
                    Assert.Fail($"{at}, platform {p}: queues count {counted.Taken} first pickups after {counted.Waits} ms in all, the task log {taken} after {waits} ms");
                var sojourn = tick.Queues[p].Sum(q => q.SojournSumMs);
                if (sojourn != lives.SojournMs[p])
                    Assert.Fail($"{at}, platform {p}: queues count {sojourn} ms from posting to submission, the task log {lives.SojournMs[p]} ms");
            }
        });
    });

    [Fact]
    public void Workers_TakeOnlyWorkOpenToThem() => GeneratedCases.Check(Cases, stream: 62, (spec, label) =>
    {
        var lives = new TaskLives(spec);
        var sim = InvariantRun.Run(spec, recordTaskEvents: true, observe: (_, tick) =>
            lives.Read(tick.TaskEvents, tick.StartMs, tick.StartMs + (spec.TickMinutes * 60_000L)));
        var workers = sim.WorkerRecords();
        foreach (var take in lives.Takes)
        {
            var w = workers[take.WorkerId];
            var pool = spec.WorkerPools[w.Pool];
            string Who() => $"{label}: worker {w.WorkerId} (pool {pool.Id}, {w.Status}, joined at {w.JoinedMs} ms) took a task on platform {take.Platform} at {take.AtMs} ms";
            if (!w.EverActive || take.AtMs < w.JoinedMs)
                Assert.Fail($"{Who()} without having joined");
            if (!pool.Platforms.Contains(spec.Platforms[take.Platform].Id))
                Assert.Fail($"{Who()}, not one of the pool's platforms");
            if (pool.Employment is { } job && (take.Vendor < 0 || spec.Vendors[take.Vendor].Id != job.Vendor))
                Assert.Fail($"{Who()} from poster vendor {take.Vendor}, not their employer {job.Vendor}");
        }
    });
}
