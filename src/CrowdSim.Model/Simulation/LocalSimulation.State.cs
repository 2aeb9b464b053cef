using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Simulation;

/// <summary>
/// Checkpoints of the whole market at a tick barrier (after <see cref="Step"/>): restored into a
/// simulation built from the same scenario with the same workers per cohort, it runs on exactly as
/// the saved one would have.
/// </summary>
public sealed partial class LocalSimulation
{
    /// <summary>Writes the state of every lab, vendor, platform and cohort, the totals and the tick reached.</summary>
    public void Save(StateWriter w)
    {
        if (_paused)
            throw new InvalidOperationException("a tick is open (StepUntil): there is no barrier to save at");
        if (_postedAhead.Count > 0)
            throw new InvalidOperationException($"demand is held for tick {_postedAhead.Peek().Tick}: a step is under way");
        w.Section(nameof(LocalSimulation));
        w.Write(NextTick);
        w.Write(Window.Tick);
        w.Write(Window.StartMs);
        w.Write(Window.EndMs);
        w.WriteEach(_labs, static (x, w) => x.Save(w));
        w.WriteEach(_vendors, static (x, w) => x.Save(w));
        w.WriteEach(_platforms, static (x, w) => x.Save(w));
        w.WriteEach(_cohorts, static (x, w) => x.Save(w));
        Totals.Save(w);
        _plan.SaveSignals(w);
    }

    /// <summary>
    /// Reads back what <see cref="Save"/> wrote, into a simulation just built from the same scenario
    /// and workers per cohort. Platforms keep their own copy of the vendors' rates, so nothing is
    /// published; when each cohort is next due is read from the restored cohorts.
    /// </summary>
    public void Restore(StateReader r)
    {
        r.Section(nameof(LocalSimulation));
        var nextTick = r.ReadInt();
        Window = new TickWindow(r.ReadInt(), r.ReadLong(), r.ReadLong());
        r.ReadEach(_labs, "labs", static (x, r) => x.Restore(r));
        r.ReadEach(_vendors, "vendors", static (x, r) => x.Restore(r));
        r.ReadEach(_platforms, "platforms", static (x, r) => x.Restore(r));
        r.ReadEach(_cohorts, "cohorts", static (x, r) => x.Restore(r));
        Totals.Restore(r);
        _plan = new TickPlan(_spec, nextTick, NextChecks());
        _plan.RestoreSignals(r);
    }
}
