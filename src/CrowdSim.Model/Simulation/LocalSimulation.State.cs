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
        w.Write(_labs.Length);
        foreach (var lab in _labs)
            lab.Save(w);
        w.Write(_vendors.Length);
        foreach (var vendor in _vendors)
            vendor.Save(w);
        w.Write(_platforms.Length);
        foreach (var platform in _platforms)
            platform.Save(w);
        w.Write(_cohorts.Length);
        foreach (var cohort in _cohorts)
            cohort.Save(w);
        Totals.Save(w);
    }

    /// <summary>Reads back what <see cref="Save"/> wrote, into a simulation just built from the same scenario and workers per cohort.</summary>
    public void Restore(StateReader r)
    {
        r.Section(nameof(LocalSimulation));
        NextTick = r.ReadInt();
        Window = new TickWindow(r.ReadInt(), r.ReadLong(), r.ReadLong());
        r.Expect(_labs.Length, "labs");
        foreach (var lab in _labs)
            lab.Restore(r);
        r.Expect(_vendors.Length, "vendors");
        foreach (var vendor in _vendors)
            vendor.Restore(r);
        r.Expect(_platforms.Length, "platforms");
        foreach (var platform in _platforms)
            platform.Restore(r);
        r.Expect(_cohorts.Length, "cohorts");
        foreach (var cohort in _cohorts)
            cohort.Restore(r);
        Totals.Restore(r);
    }
}
