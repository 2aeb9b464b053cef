using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Market;

/// <summary>
/// Checkpoints: the market's state at a tick barrier, when no tasks, claims or outcomes of a tick
/// are pending. Queues are laid out from the scenario, so only their contents are written.
/// </summary>
public sealed partial class PlatformMarket
{
    /// <summary>Writes the market's state; throws <see cref="InvalidOperationException"/> in the middle of a tick.</summary>
    public void Save(StateWriter w)
    {
        EnsureBetweenTicks();
        w.Section(nameof(PlatformMarket));
        w.WriteEach(_queues, static (x, w) => x.Save(w));
        Policies.Save(w);
        Pay.Save(w);
        w.Write(_sessionCount);
        SaveSessions(w);
        w.Write(_eventSeq);
        SaveDue(w);
        SaveWaiting(w);
        w.Write(_inService);
        w.Write(_occupied);
        w.Write(_escrowHeld);
        _money.Save(w);
        _search?.Save(w);
        SaveWindow(w);
    }

    /// <summary>Reads back what <see cref="Save"/> wrote, into a market built from the same scenario for the same platform.</summary>
    public void Restore(StateReader r)
    {
        EnsureBetweenTicks();
        r.Section(nameof(PlatformMarket));
        r.ReadEach(_queues, "queues", static (x, r) => x.Restore(r));
        Policies.Restore(r);
        Pay.Restore(r);
        _sessionCount = r.ReadInt();
        RestoreSessions(r);
        r.ReadInto(_eventSeq);
        RestoreDue(r);
        RestoreWaiting(r);
        r.ReadInto(_inService);
        r.ReadInto(_occupied);
        _escrowHeld = r.ReadLong();
        _money.Restore(r);
        _search?.Restore(r);
        RestoreWindow(r);
    }

    private void EnsureBetweenTicks()
    {
        if (_pendingTasks.Count > 0 || _pendingClaims.Count > 0 || _touchedCohorts.Count > 0
            || _taskEvents is { Count: > 0 } || _outcomes.Any(o => o is { Count: > 0 }))
            throw new InvalidOperationException("a platform's state is saved and restored only between ticks, with no tasks, claims or outcomes pending");
    }

    // Sessions by worker id, only those in progress.
    private void SaveSessions(StateWriter w)
    {
        w.Write(_sessions.Length);
        w.Write(_sessions.Count(s => s is not null));
        for (var worker = 0; worker < _sessions.Length; worker++)
        {
            if (_sessions[worker] is not { } session)
                continue;
            w.Write(worker);
            session.Save(w);
        }
    }

    private void RestoreSessions(StateReader r)
    {
        r.Expect(_sessions.Length, "workers");
        Array.Clear(_sessions);
        var count = r.Count();
        for (var k = 0; k < count; k++)
            _sessions[Worker(r.ReadInt())] = WorkerSession.Restore(r, _queues);
    }

    // Priorities are unique (a worker's sequence numbers only grow) and name the worker, the
    // element: re-enqueued in any order, the entries come out in the same order.
    private void SaveDue(StateWriter w)
    {
        var due = _due.UnorderedItems.Select(e => e.Priority).ToArray();
        Array.Sort(due);
        w.Write(due.Length);
        foreach (var (ms, worker, seq) in due)
        {
            w.Write(ms);
            w.Write(worker);
            w.Write(seq);
        }
    }

    private void RestoreDue(StateReader r)
    {
        _due.Clear();
        var count = r.Count();
        for (var k = 0; k < count; k++)
        {
            var ms = r.ReadLong();
            var worker = Worker(r.ReadInt());
            _due.Enqueue(worker, (ms, worker, r.ReadInt()));
        }
    }

    private void SaveWaiting(StateWriter w)
    {
        w.Write(_waiting.Count);
        foreach (var (since, worker) in _waiting)
        {
            w.Write(since);
            w.Write(worker);
        }
    }

    private void RestoreWaiting(StateReader r)
    {
        _waiting.Clear();
        var count = r.Count();
        for (var k = 0; k < count; k++)
            _waiting.Add((r.ReadLong(), Worker(r.ReadInt())));
    }

    private int Worker(int id) =>
        id >= 0 && id < _sessions.Length ? id : throw new CheckpointFormatException($"worker {id} of {_sessions.Length}");
}
