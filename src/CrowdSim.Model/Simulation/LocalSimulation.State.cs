using CrowdSim.Model.Checkpoints;

namespace CrowdSim.Model.Simulation;

/// <summary>
/// Checkpoints of the whole market at a tick barrier (after <see cref="Step"/>, or after
/// <see cref="Close"/> and the totals): restored into a simulation built from the same scenario
/// with the same workers per cohort, it runs on exactly as the saved one would have.
/// </summary>
public sealed partial class LocalSimulation
{
    /// <summary>Writes the state of every lab, vendor, platform and cohort, the totals and the tick reached.</summary>
    public void Save(StateWriter w)
    {
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
    }

    /// <summary>Reads back what <see cref="Save"/> wrote, into a simulation just built from the same scenario and workers per cohort.</summary>
    public void Restore(StateReader r)
    {
        r.Section(nameof(LocalSimulation));
        NextTick = r.ReadInt();
        Window = new TickWindow(r.ReadInt(), r.ReadLong(), r.ReadLong());
        r.ReadEach(_labs, "labs", static (x, r) => x.Restore(r));
        r.ReadEach(_vendors, "vendors", static (x, r) => x.Restore(r));
        r.ReadEach(_platforms, "platforms", static (x, r) => x.Restore(r));
        r.ReadEach(_cohorts, "cohorts", static (x, r) => x.Restore(r));
        Totals.Restore(r);
    }
}
